# https://github.com/urllib3/urllib3/pull/204
# connection_from_host looked the pool up in self.pools and, when absent, created one and stored it: two threads both
# got None, both created a pool, and the second store evicted (and closed) the first thread's pool while it was in use.
# The fix holds the container's own lock from the lookup to the store.
import threading


class RecentlyUsedContainer:
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


class HTTPConnectionPool:
    def __init__(self, host, port):
        self.host = host
        self.port = port

    def close(self):
        pass


class PoolManager:
    def __init__(self, num_pools=10):
        self.pools = RecentlyUsedContainer(num_pools, dispose_func=lambda p: p.close())

    def _new_pool(self, scheme, host, port):
        return HTTPConnectionPool(host, port)

    def connection_from_host(self, host, port=None, scheme="http"):
        port = port or 80
        pool_key = (scheme, host, port)
        pool = self.pools.get(pool_key)
        if pool:
            return pool
        pool = self._new_pool(scheme, host, port)
        self.pools[pool_key] = pool  # Noncompliant [TOCTOU001]
        return pool
