# https://github.com/numba/numba/pull/2449
# _Runtime.initialize() returned early on the self._init flag, but the flag was only
# set after compiling the NRT atomic helpers; threads compiling their first jitted
# function could all see False and each install its own inc/dec/cas pointers into the
# global NRT (mixed pointers, segfaults). The fix takes a lock around the whole body.
import threading
from typing import Dict


class _NativeMemsys:
    """Stand-in for the process-global C NRT_MemSys struct in _nrt_python."""

    def __init__(self) -> None:
        self.atomic_inc = None
        self.atomic_dec = None
        self.atomic_cas = None
        self.symbols: Dict[str, int] = {}

    def memsys_set_atomic_inc_dec(self, inc: int, dec: int) -> None:
        self.atomic_inc, self.atomic_dec = inc, dec

    def memsys_set_atomic_cas(self, cas: int) -> None:
        self.atomic_cas = cas


_nrt = _NativeMemsys()
c_helpers = {"MemInfo_alloc": 0x1000, "MemInfo_release": 0x2000}


class _Library:
    def __init__(self, ctx: object) -> None:
        self._base = id(self)

    def get_pointer_to_function(self, name: str) -> int:
        return self._base + len(name)


def compile_nrt_functions(ctx: object) -> _Library:
    return _Library(ctx)


class _Runtime:
    def __init__(self) -> None:
        self._init = False

    def initialize(self, ctx: object) -> None:
        if self._init:
            return
        for py_name, c_address in c_helpers.items():
            _nrt.symbols["NRT_" + py_name] = c_address  # Noncompliant
        self._library = compile_nrt_functions(ctx)
        self._ptr_inc = self._library.get_pointer_to_function("nrt_atomic_add")
        self._ptr_dec = self._library.get_pointer_to_function("nrt_atomic_sub")
        self._ptr_cas = self._library.get_pointer_to_function("nrt_atomic_cas")
        _nrt.memsys_set_atomic_inc_dec(self._ptr_inc, self._ptr_dec)
        _nrt.memsys_set_atomic_cas(self._ptr_cas)
        self._init = True


rtsys = _Runtime()


def compile_first_jit_function(ctx: object) -> None:
    rtsys.initialize(ctx)


if __name__ == "__main__":
    workers = [threading.Thread(target=compile_first_jit_function, args=(object(),)) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
