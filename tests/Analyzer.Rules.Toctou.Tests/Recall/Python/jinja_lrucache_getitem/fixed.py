# https://github.com/pallets/jinja/issues/8
# Fixed version: __getitem__ takes the same _wlock as the mutating methods before it reorders the
# queue, and ignores a ValueError if the key was already removed from the queue.
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from threading import Lock


class LockedLRUCache:
    """A simple LRU Cache implementation."""

    def __init__(self, capacity):
        self.capacity = capacity
        self._mapping = {}
        self._queue = deque()
        self._postinit()

    def _postinit(self):
        self._popleft = self._queue.popleft
        self._pop = self._queue.pop
        self._remove = self._queue.remove
        self._wlock = Lock()
        self._append = self._queue.append

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        return key in self._mapping

    def __len__(self):
        return len(self._mapping)

    def __getitem__(self, key):
        with self._wlock:
            rv = self._mapping[key]

            if self._queue[-1] != key:
                try:
                    self._remove(key)
                except ValueError:
                    # if something removed the key from the container
                    # when we read, ignore the ValueError that we would
                    # get otherwise.
                    pass

                self._append(key)

            return rv

    def __setitem__(self, key, value):
        with self._wlock:
            if key in self._mapping:
                self._remove(key)
            elif len(self._mapping) == self.capacity:
                del self._mapping[self._popleft()]

            self._append(key)
            self._mapping[key] = value

    def __delitem__(self, key):
        with self._wlock:
            del self._mapping[key]

            try:
                self._remove(key)
            except ValueError:
                pass


def render_templates(cache, names):
    with ThreadPoolExecutor(max_workers=16) as pool:
        return list(pool.map(cache.get, names))


if __name__ == "__main__":
    cache = LockedLRUCache(50)
    for i in range(10):
        cache["page%d.html" % i] = object()
    render_templates(cache, ["page%d.html" % (i % 10) for i in range(10000)])
