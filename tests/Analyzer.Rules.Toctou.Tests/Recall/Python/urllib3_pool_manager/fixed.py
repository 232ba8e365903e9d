# https://github.com/urllib3/urllib3/pull/204
# Fixed version: the container's lock is held from the lookup to the store, so only one pool is created per key.
import threading


class LockedContainer:
    def __init__(self, maxsize=10, dispose_func=None):
        self._maxsize = maxsize
        self.dispose_func = dispose_func
        self._container = {}
        self.lock = threading.RLock()

    def get(self, key, default=None):
        with self.lock:
            return self._container.get(key, default)

    def __setitem__(self, key, value):
        with self.lock:
            evicted = self._container.get(key)
            self._container[key] = value
        if evicted is not None and self.dispose_func:
            self.dispose_func(evicted)


class LockedPool:
    def __init__(self, host, port):
        self.host = host
        self.port = port

    def close(self):
        pass


class LockedPoolManager:
    def __init__(self, num_pools=10):
        self.pools = LockedContainer(num_pools, dispose_func=lambda p: p.close())

    def _new_pool(self, scheme, host, port):
        return LockedPool(host, port)

    def connection_from_host(self, host, port=None, scheme="http"):
        port = port or 80
        pool_key = (scheme, host, port)
        with self.pools.lock:
            pool = self.pools.get(pool_key)
            if pool:
                return pool
            pool = self._new_pool(scheme, host, port)
            self.pools[pool_key] = pool
        return pool
