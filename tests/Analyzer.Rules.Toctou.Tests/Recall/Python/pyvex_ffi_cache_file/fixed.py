# https://github.com/angr/pyvex/pull/452
# Fixed version: the cache is written to a NamedTemporaryFile and moved into
# place, so a reader never observes a created-but-unwritten cache file.
import hashlib
import os
import pickle
import tempfile

import cffi

_FFI_TEXT = "typedef struct { int tag; } IRExpr;"

vex_ffi = cffi.FFI()


def _load_or_build_ffi_cache():
    digest = hashlib.md5(_FFI_TEXT.encode("utf-8")).hexdigest()
    cache_path = os.path.join(tempfile.gettempdir(), f"pyvex_ffi_parser_cache.{digest}")

    if os.path.isfile(cache_path):
        with open(cache_path, "rb") as f:
            cache = pickle.loads(f.read())
        vex_ffi._parser._declarations = cache["_declarations"]
        vex_ffi._parser._int_constants = cache["_int_constants"]
    else:
        vex_ffi.cdef(_FFI_TEXT)
        cache = {
            "_declarations": vex_ffi._parser._declarations,
            "_int_constants": vex_ffi._parser._int_constants,
        }
        # atomically write cache
        with tempfile.NamedTemporaryFile(delete=False) as temp_file:
            temp_file.write(pickle.dumps(cache))
            temp_name = temp_file.name
        os.replace(temp_name, cache_path)


_load_or_build_ffi_cache()
