# https://github.com/pallets/jinja/issues/8
# jinja2.utils.LRUCache (the Environment's template cache, shared by all request threads) took _wlock
# in __setitem__/__delitem__, but __getitem__ moved a hit to the back of the queue without it: it saw
# the key was not last, then removed it from the deque, so another thread could remove it first and
# deque.remove raised ValueError. Fix: __getitem__ also holds _wlock (and tolerates the ValueError).
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from threading import Lock


class LRUCache:
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
        rv = self._mapping[key]
        if self._queue[-1] != key:
            self._remove(key)  # Noncompliant
            self._append(key)
        return rv

    def __setitem__(self, key, value):
        self._wlock.acquire()
        try:
            if key in self._mapping:
                self._remove(key)
            elif len(self._mapping) == self.capacity:
                del self._mapping[self._popleft()]
            self._append(key)
            self._mapping[key] = value
        finally:
            self._wlock.release()

    def __delitem__(self, key):
        self._wlock.acquire()
        try:
            del self._mapping[key]
            try:
                self._remove(key)
            except ValueError:
                pass
        finally:
            self._wlock.release()


def render_many(cache, names):
    # request threads looking up already-loaded templates
    with ThreadPoolExecutor(max_workers=16) as pool:
        return list(pool.map(cache.get, names))


if __name__ == "__main__":
    cache = LRUCache(50)
    for i in range(10):
        cache["page%d.html" % i] = object()
    render_many(cache, ["page%d.html" % (i % 10) for i in range(10000)])
