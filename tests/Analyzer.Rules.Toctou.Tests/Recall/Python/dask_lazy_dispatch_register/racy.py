# https://github.com/dask/dask/pull/9545
# Dispatch.dispatch() is called from many worker threads. On a lookup miss it
# pops the lazy registration callback from the shared _lazy dict and only then
# runs it; a second thread that misses _lookup in between finds no lazy entry
# either and raises "No dispatch for ...". Fix: read the callback, register,
# and only afterwards pop(toplevel, None), tolerating a concurrent pop.
import threading
from concurrent.futures import ThreadPoolExecutor


class Dispatch:
    """Simple single dispatch shared by all threads."""

    def __init__(self, name=None):
        self._lookup = {}
        self._lazy = {}
        if name:
            self.__name__ = name

    def register(self, type_, func):
        self._lookup[type_] = func
        return func

    def register_lazy(self, toplevel, func):
        self._lazy[toplevel] = func
        return func

    def dispatch(self, cls):
        lk = self._lookup
        for cls2 in cls.__mro__:
            try:
                impl = lk[cls2]
            except KeyError:
                pass
            else:
                if cls is not cls2:
                    lk[cls] = impl
                return impl
            toplevel, _, _ = cls2.__module__.partition(".")
            try:
                register = self._lazy.pop(toplevel)  # Noncompliant
            except KeyError:
                pass
            else:
                register()
                return self.dispatch(cls)
        raise TypeError(f"No dispatch for {cls}")

    def __call__(self, arg, *args, **kwargs):
        meth = self.dispatch(type(arg))
        return meth(arg, *args, **kwargs)


make_meta = Dispatch("make_meta")


class Frame:
    __module__ = "pandas.core.frame"


def _register_pandas():
    # slow import of the backend before the implementation is registered
    threading.Event().wait(0.01)
    make_meta.register(Frame, lambda x: "meta")


make_meta.register_lazy("pandas", _register_pandas)


def compute_partition(i):
    return make_meta(Frame())


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        print(list(pool.map(compute_partition, range(16))))
