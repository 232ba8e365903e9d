# https://github.com/proxystore/proxystore/issues/319 (fix: https://github.com/proxystore/proxystore/pull/321)
# StoreFactory.get_store() looked the store up by name in the global registry and, if it was missing, built one from
# its config and registered it; proxies resolved in a thread pool could both miss and the second registration raised
# StoreExistsError. The fix holds a module-level lock around the lookup, creation and registration.
from concurrent.futures import ThreadPoolExecutor

_stores = {}


class StoreExistsError(Exception):
    pass


class Store:
    def __init__(self, name, data=None):
        self.name = name
        self._data = data if data is not None else {}

    @classmethod
    def from_config(cls, config):
        return cls(config["name"], config.get("data"))

    def config(self):
        return {"name": self.name, "data": self._data}

    def get(self, key, default=None):
        return self._data.get(key, default)


def get_store(name):
    return _stores.get(name)


def register_store(store, exist_ok=False):
    if store.name in _stores and not exist_ok:
        raise StoreExistsError("A store named {} already exists.".format(store.name))
    _stores[store.name] = store


class StoreFactory:
    def __init__(self, key, store_config):
        self.key = key
        self.store_config = store_config

    def get_store(self):
        store = get_store(self.store_config["name"])
        if store is None:
            store = Store.from_config(self.store_config)
            register_store(store)  # Noncompliant
        return store

    def resolve(self):
        store = self.get_store()
        return store.get(self.key)


def resolve_all(factories):
    # the reporter resolves proxies in a thread pool
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda f: f.resolve(), factories))
