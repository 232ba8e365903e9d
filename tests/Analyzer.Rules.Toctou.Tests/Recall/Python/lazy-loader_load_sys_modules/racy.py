# https://github.com/scientific-python/lazy-loader/pull/90
# load(name) returned sys.modules[name] if present, else built a LazyLoader proxy and stored it there.
# Threads calling load("numpy") together both missed, both built proxies and the later store replaced the
# earlier one; the holder of the first proxy then failed on attribute access (module substituted in
# sys.modules during a lazy load). Fix: a module-level threading.Lock around lookup, build and store.
import importlib.util
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor


class DelayedImportErrorModule:
    def __init__(self, message):
        self.__message = message

    def __getattr__(self, name):
        raise ModuleNotFoundError(self.__message)


def load(fullname, *, error_on_import=False):
    """Return a lazily imported proxy for a module."""
    try:
        return sys.modules[fullname]
    except KeyError:
        pass

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
        return DelayedImportErrorModule("No module named '%s'" % fullname)

    module = importlib.util.module_from_spec(spec)
    sys.modules[fullname] = module  # Noncompliant

    loader = importlib.util.LazyLoader(spec.loader)
    loader.exec_module(module)
    return module


def worker(name):
    mod = load(name)
    return mod.__name__, id(mod)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        proxies = list(pool.map(worker, ["wave"] * 32))
    print(len({ident for _, ident in proxies}), "distinct proxies")
