# https://github.com/567-labs/instructor/issues/2422
# Fixed version (#2495): a fast lock-free lookup in _handlers, then the loader pop, the import
# and the store into _handlers all run under one lock, and _handlers is checked again after the
# lock is taken, so a thread that waited for another thread's load reuses its result.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class ModeNotRegistered(KeyError):
    pass


class LockedModeRegistry:
    def __init__(self):
        self._resolved = {}
        self._pending_loaders = {}
        self._load_lock = threading.Lock()

    def add_lazy(self, provider, mode, loader):
        with self._load_lock:
            self._pending_loaders[(provider, mode)] = loader

    def resolve_handlers(self, provider, mode):
        mode_key = (provider, mode)
        handlers = self._resolved.get(mode_key)
        if handlers is not None:
            return handlers

        with self._load_lock:
            if mode_key in self._resolved:
                return self._resolved[mode_key]
            if mode_key in self._pending_loaders:
                loader = self._pending_loaders.pop(mode_key)
                handlers = loader()  # imports the provider module
                self._resolved[mode_key] = handlers
                return handlers

        raise ModeNotRegistered("mode %s/%s is not registered" % mode_key)


registry = LockedModeRegistry()


def _import_json_mode():
    time.sleep(0.05)  # module import
    return {"request": "json_request", "response": "json_response"}


registry.add_lazy("litellm", "json", _import_json_mode)


def first_structured_call(i):
    handlers = registry.resolve_handlers("litellm", "json")
    return i, handlers["request"]


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as executor:
        results = [executor.submit(first_structured_call, i) for i in range(8)]
    failed = [r.exception() for r in results if r.exception() is not None]
    print(len(failed), "failed")
