# https://github.com/numba/numba/pull/2449
# Fixed version: initialize() holds the compiler lock while it tests the init flag,
# compiles and installs the NRT atomic helpers and sets the flag, so exactly one
# thread installs the pointers and the others return once it is done.
import threading
from typing import Dict


class _MemsysStub:
    """Stand-in for the process-global C NRT_MemSys struct in _nrt_python."""

    def __init__(self) -> None:
        self.atomic_inc = None
        self.atomic_dec = None
        self.atomic_cas = None
        self.symbols: Dict[str, int] = {}

    def set_atomic_inc_dec(self, inc: int, dec: int) -> None:
        self.atomic_inc, self.atomic_dec = inc, dec

    def set_atomic_cas(self, cas: int) -> None:
        self.atomic_cas = cas


_memsys = _MemsysStub()
nrt_c_helpers = {"MemInfo_alloc": 0x1000, "MemInfo_release": 0x2000}
lock_compiler = threading.RLock()


class _CodeLibrary:
    def __init__(self, ctx: object) -> None:
        self._base = id(self)

    def function_pointer(self, name: str) -> int:
        return self._base + len(name)


def build_nrt_library(ctx: object) -> _CodeLibrary:
    return _CodeLibrary(ctx)


class _LockedRuntime:
    def __init__(self) -> None:
        self._init = False

    def setup(self, ctx: object) -> None:
        with lock_compiler:
            if self._init:
                return
            for py_name, c_address in nrt_c_helpers.items():
                _memsys.symbols["NRT_" + py_name] = c_address
            self._library = build_nrt_library(ctx)
            self._ptr_inc = self._library.function_pointer("nrt_atomic_add")
            self._ptr_dec = self._library.function_pointer("nrt_atomic_sub")
            self._ptr_cas = self._library.function_pointer("nrt_atomic_cas")
            _memsys.set_atomic_inc_dec(self._ptr_inc, self._ptr_dec)
            _memsys.set_atomic_cas(self._ptr_cas)
            self._init = True


runtime_system = _LockedRuntime()


def first_compile(ctx: object) -> None:
    runtime_system.setup(ctx)


if __name__ == "__main__":
    threads = [threading.Thread(target=first_compile, args=(object(),)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
