from threading import RLock

from webcache.backends.base import CacheBackend


class MemoryCache(CacheBackend):
    def __init__(self):
        self._guard = RLock()
        self._items = {}

    def put(self, key, value):
        with self._guard:
            self._items[key] = value

    def add(self, key, value):
        with self._guard:
            if key in self._items:
                return False
            self._items[key] = value
            return True
