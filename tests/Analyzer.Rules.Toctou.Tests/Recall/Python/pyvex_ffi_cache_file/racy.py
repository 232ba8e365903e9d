# https://github.com/angr/pyvex/pull/452
# On import, pyvex checks whether the FFI parser cache file exists and loads it,
# otherwise it parses and writes the file in place. A second process can see the
# file right after the first one created it but before it wrote the pickle, and
# then fails reading an empty file. Fixed by writing a temp file and renaming it.
import hashlib
import os
import pickle
import tempfile

import cffi

_FFI_SOURCE = "typedef struct { int tag; } IRExpr;"

ffi = cffi.FFI()


def _parse_ffi_str():
    digest = hashlib.md5(_FFI_SOURCE.encode("utf-8")).hexdigest()
    cache_location = os.path.join(tempfile.gettempdir(), f"pyvex_ffi_parser_cache.{digest}")

    if os.path.isfile(cache_location):
        with open(cache_location, "rb") as f:  # Noncompliant
            cache = pickle.loads(f.read())
        ffi._parser._declarations = cache["_declarations"]
        ffi._parser._int_constants = cache["_int_constants"]
    else:
        ffi.cdef(_FFI_SOURCE)
        cache = {
            "_declarations": ffi._parser._declarations,
            "_int_constants": ffi._parser._int_constants,
        }
        with open(cache_location, "wb") as f:
            f.write(pickle.dumps(cache))


_parse_ffi_str()
