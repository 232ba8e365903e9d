# https://github.com/wandb/wandb/pull/5727
# wandb imported heavy optional modules lazily through a LazyLoader-style module whose first
# attribute access flipped the "loaded" state and then ran the module body without a lock.
# A second thread touching the module meanwhile skipped loading and saw a half-initialised
# module (AttributeError). The fix adds LazyModuleState with an RLock around check+load.
import time
import types
from concurrent.futures import ThreadPoolExecutor


class SlowLoader:
    """Stands in for the importlib loader of a heavy module (e.g. numpy, PIL)."""

    def exec_module(self, module):
        time.sleep(0.05)
        module.__dict__["array"] = list
        module.__dict__["version"] = "1.0"


class LazyModuleState:
    def __init__(self, module, loader):
        self.module = module
        self.loader = loader
        self.load_started = False

    def load(self):
        if self.load_started:
            return
        self.load_started = True  # Noncompliant
        self.loader.exec_module(self.module)
        self.module.__class__ = types.ModuleType


class LazyModule(types.ModuleType):
    def __getattribute__(self, name):
        state = object.__getattribute__(self, "__lazy_module_state__")
        state.load()
        return object.__getattribute__(self, name)


def lazy_import(name):
    module = types.ModuleType(name)
    module.__lazy_module_state__ = LazyModuleState(module, SlowLoader())
    module.__class__ = LazyModule
    return module


np = lazy_import("numpy")


def log_histogram(step):
    # called from wandb's background threads and the user's thread alike
    return np.array([step])


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        print(list(pool.map(log_histogram, range(8))))
