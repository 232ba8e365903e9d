# https://github.com/roboflow/inference/issues/2772 (fixed by https://github.com/roboflow/inference/pull/2795)
# Fixed version: a short guard lock covers the lookup and the creation, with a second lookup under it; the guard is
# released before blocking on the per-key lock. get() still deletes an expired entry after an unlocked expiry check, as
# upstream's did until https://github.com/roboflow/inference/pull/2804.
import time
from threading import Lock


class GuardedMemoryCache:
    def __init__(self):
        self.cache = {}
        self.expires = {}
        self._creation_guard = Lock()

    def get(self, key):
        if key in self.expires and self.expires[key] < time.time():
            del self.cache[key]
            del self.expires[key]
            return None
        return self.cache.get(key)

    def set(self, key, value, expire=None):
        self.cache[key] = value
        if expire is not None:
            self.expires[key] = time.time() + expire

    def acquire_lock(self, key, expire=None):
        lock = self.get(key)
        if lock is None:
            with self._creation_guard:
                lock = self.get(key)
                if lock is None:
                    lock = Lock()
                    self.set(key, lock, expire=expire)
        acquired = lock.acquire(timeout=expire if expire is not None else -1)
        if not acquired:
            raise TimeoutError("Couldn't get lock")
        return lock
