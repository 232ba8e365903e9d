# https://github.com/wandb/wandb/pull/5727
# Fixed shape (wandb/util.py LazyModuleState): the load_started check, the flag update and the
# execution of the module body all happen while holding a per-module RLock, so other threads
# block until the module is fully loaded instead of seeing a partial module.
import threading
import time
import types
from concurrent.futures import ThreadPoolExecutor


class HeavyLoader:
    def exec_module(self, module):
        time.sleep(0.05)
        module.__dict__["array"] = list
        module.__dict__["version"] = "1.0"


class LockedLazyModuleState:
    def __init__(self, module, loader):
        self.module = module
        self.loader = loader
        self.load_started = False
        self.lock = threading.RLock()

    def load(self):
        with self.lock:
            if self.load_started:
                return
            self.load_started = True
            self.loader.exec_module(self.module)
            self.module.__class__ = types.ModuleType


class LockedLazyModule(types.ModuleType):
    def __getattribute__(self, name):
        state = object.__getattribute__(self, "__lazy_module_state__")
        state.load()
        return object.__getattribute__(self, name)


def lazy_import_locked(name):
    module = types.ModuleType(name)
    module.__lazy_module_state__ = LockedLazyModuleState(module, HeavyLoader())
    module.__class__ = LockedLazyModule
    return module


np_locked = lazy_import_locked("numpy")


def log_histogram_locked(step):
    return np_locked.array([step])


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        print(list(pool.map(log_histogram_locked, range(8))))
