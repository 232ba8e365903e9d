# https://github.com/astropy/astropy/issues/11220
# UfuncHelpers.__missing__ finds the ufunc name in a registered module and import_module()
# then pops that module from self.modules; two threads (e.g. dask workers) both pass the
# membership test and the later one gets KeyError or "unknown ufunc". Fix (PR #11226):
# an RLock held across re-check, pop and update.


class UfuncHelpers(dict):
    """Registry of unit conversion helpers, loading extra modules on demand."""

    @property
    def modules(self):
        if not hasattr(self, "_modules"):
            self._modules = {}
        return self._modules

    UNSUPPORTED = set()

    def register_module(self, module, names, importer):
        self.modules[module] = {"names": names, "importer": importer}

    def import_module(self, module):
        module_info = self.modules.pop(module)  # Noncompliant
        self.update(module_info["importer"]())

    def __missing__(self, ufunc):
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
        if value is None:
            self.UNSUPPORTED |= {key}
            self.pop(key, None)
        else:
            super().__setitem__(key, value)
            self.UNSUPPORTED -= {key}


UFUNC_HELPERS = UfuncHelpers()


def converters_and_unit(function, method, *args):
    # Called from Quantity.__array_ufunc__ in any number of threads.
    ufunc_helper = UFUNC_HELPERS[function]
    units = [getattr(arg, "unit", None) for arg in args]
    return ufunc_helper(function, *units)
