# https://github.com/dask/dask/pull/9545
# Fixed: the lazy callback stays in _lazy until the registration has run, so a
# concurrent dispatch either finds the implementation or runs the (idempotent)
# registration itself; the entry is then removed with pop(key, None) so that two
# threads removing it does not raise KeyError.
import threading
from concurrent.futures import ThreadPoolExecutor


class LazySafeDispatch:
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
                register = self._lazy[toplevel]
            except KeyError:
                pass
            else:
                register()
                self._lazy.pop(toplevel, None)
                return self.dispatch(cls)
        raise TypeError(f"No dispatch for {cls}")

    def __call__(self, arg, *args, **kwargs):
        meth = self.dispatch(type(arg))
        return meth(arg, *args, **kwargs)


safe_make_meta = LazySafeDispatch("make_meta")


class SafeFrame:
    __module__ = "pandas.core.frame"


def _register_pandas_safe():
    threading.Event().wait(0.01)
    safe_make_meta.register(SafeFrame, lambda x: "meta")


safe_make_meta.register_lazy("pandas", _register_pandas_safe)


def compute_partition_safe(i):
    return safe_make_meta(SafeFrame())


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        print(list(pool.map(compute_partition_safe, range(16))))
