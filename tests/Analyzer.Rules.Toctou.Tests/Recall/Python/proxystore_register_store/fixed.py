# https://github.com/proxystore/proxystore/issues/319 (fix: https://github.com/proxystore/proxystore/pull/321)
# Fixed version: a module-level lock makes "look up, create if missing, register" one step, so concurrent resolvers
# share the store created by the first one.
import threading
from concurrent.futures import ThreadPoolExecutor

_registry = {}
_factory_lookup_lock = threading.Lock()


class DuplicateStoreError(Exception):
    pass


class Backend:
    def __init__(self, name, data=None):
        self.name = name
        self._data = data if data is not None else {}

    @classmethod
    def from_config(cls, config):
        return cls(config["name"], config.get("data"))

    def get(self, key, default=None):
        return self._data.get(key, default)


def lookup_backend(name):
    return _registry.get(name)


def add_backend(backend, exist_ok=False):
    if backend.name in _registry and not exist_ok:
        raise DuplicateStoreError("A store named {} already exists.".format(backend.name))
    _registry[backend.name] = backend


class ProxyFactory:
    def __init__(self, key, backend_config):
        self.key = key
        self.backend_config = backend_config

    def backend(self):
        with _factory_lookup_lock:
            backend = lookup_backend(self.backend_config["name"])
            if backend is None:
                backend = Backend.from_config(self.backend_config)
                add_backend(backend)
            return backend

    def resolve(self):
        return self.backend().get(self.key)


def resolve_many(factories):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda f: f.resolve(), factories))
