# https://github.com/567-labs/instructor/issues/2422
# ModeRegistry.get_handlers() on the module-level mode_registry: if (provider, mode) is not yet in
# _handlers it checks _lazy_loaders, pops the loader, imports the handler module and stores the
# result. Threads making their first structured call together all pass the checks; one pops the
# loader and the others get KeyError / RegistryError (49 of 50 threads in the report). Fixed in
# #2495: a lock around the lazy-load resolution, with _handlers checked again inside the lock.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class RegistryError(KeyError):
    pass


class ModeRegistry:
    def __init__(self):
        self._handlers = {}
        self._lazy_loaders = {}

    def register_lazy(self, provider, mode, loader):
        self._lazy_loaders[(provider, mode)] = loader

    def is_registered(self, provider, mode):
        key = (provider, mode)
        return key in self._handlers or key in self._lazy_loaders

    def get_handlers(self, provider, mode):
        mode_key = (provider, mode)
        if mode_key in self._handlers:
            return self._handlers[mode_key]

        if mode_key in self._lazy_loaders:
            loader = self._lazy_loaders.pop(mode_key)  # Noncompliant
            handlers = loader()  # imports the provider module
            self._handlers[mode_key] = handlers  # Noncompliant
            return handlers

        raise RegistryError("mode %s/%s is not registered" % mode_key)


mode_registry = ModeRegistry()


def _load_litellm_json_handlers():
    time.sleep(0.05)  # module import
    return {"request": "json_request", "response": "json_response"}


mode_registry.register_lazy("litellm", "json", _load_litellm_json_handlers)


def structured_call(i):
    handlers = mode_registry.get_handlers("litellm", "json")
    return i, handlers["request"]


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(structured_call, i) for i in range(8)]
    errors = [f.exception() for f in futures if f.exception() is not None]
    print(len(errors), "failed", threading.active_count())
