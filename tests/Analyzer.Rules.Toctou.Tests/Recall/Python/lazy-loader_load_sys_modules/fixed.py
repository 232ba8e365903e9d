# https://github.com/scientific-python/lazy-loader/pull/90
# Fixed version: a module-level lock is held from the sys.modules lookup until the new lazy proxy has
# been stored and its LazyLoader attached, so concurrent callers all receive the same module object.
import importlib.util
import sys
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor

threadlock = threading.Lock()


class MissingModuleProxy:
    def __init__(self, message):
        self.__message = message

    def __getattr__(self, name):
        raise ModuleNotFoundError(self.__message)


def load_lazily(fullname, *, error_on_import=False):
    """Return a lazily imported proxy for a module."""
    with threadlock:
        module = sys.modules.get(fullname)
        have_module = module is not None

        # Most common, short-circuit
        if have_module:
            return module

        if "." in fullname:
            msg = (
                "subpackages can technically be lazily loaded, but it causes the "
                "package to be eagerly loaded even if it is already lazily loaded."
            )
            warnings.warn(msg, RuntimeWarning)

        spec = importlib.util.find_spec(fullname)
        if spec is None:
            if error_on_import:
                raise ModuleNotFoundError("No module named '%s'" % fullname)
            return MissingModuleProxy("No module named '%s'" % fullname)

        module = importlib.util.module_from_spec(spec)
        sys.modules[fullname] = module

        loader = importlib.util.LazyLoader(spec.loader)
        loader.exec_module(module)

    return module


def import_in_thread(name):
    mod = load_lazily(name)
    return mod.__name__, id(mod)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        loaded = list(pool.map(import_in_thread, ["wave"] * 32))
    print(len({ident for _, ident in loaded}), "distinct proxies")
