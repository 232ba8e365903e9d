# https://github.com/astropy/astropy/issues/11220
# Fixed as in PR #11226: `modules` becomes a plain attribute set in __init__, and a
# threading.RLock is held for every mutation; __missing__ takes the lock, re-checks
# whether another thread already loaded the ufunc, and only then pops the module.
import threading


class LockedUfuncHelpers(dict):
    """Registry of unit conversion helpers, loading extra modules on demand."""

    def __init__(self, *args, **kwargs):
        self.modules = {}
        self.UNSUPPORTED = set()
        self._lock = threading.RLock()
        super().__init__(*args, **kwargs)

    def register_module(self, module, names, importer):
        with self._lock:
            self.modules[module] = {"names": names, "importer": importer}

    def import_module(self, module):
        with self._lock:
            module_info = self.modules.pop(module)
            self.update(module_info["importer"]())

    def __missing__(self, ufunc):
        with self._lock:
            if ufunc in self:
                return self[ufunc]

            if ufunc in self.UNSUPPORTED:
                raise TypeError(f"Cannot use ufunc '{ufunc.__name__}' with quantities")

            for module, module_info in list(self.modules.items()):
                if ufunc.__name__ in module_info["names"]:
                    try:
                        self.import_module(module)
                    except ImportError:
                        pass
                    else:
                        return self[ufunc]

        raise TypeError(f"unknown ufunc {ufunc.__name__}")

    def __setitem__(self, key, value):
        with self._lock:
            if value is None:
                self.UNSUPPORTED |= {key}
                self.pop(key, None)
            else:
                super().__setitem__(key, value)
                self.UNSUPPORTED -= {key}


LOCKED_UFUNC_HELPERS = LockedUfuncHelpers()


def locked_converters_and_unit(function, method, *args):
    ufunc_helper = LOCKED_UFUNC_HELPERS[function]
    units = [getattr(arg, "unit", None) for arg in args]
    return ufunc_helper(function, *units)
