# https://github.com/roboflow/inference/issues/2772 (fixed by https://github.com/roboflow/inference/pull/2795)
# MemoryCache.acquire_lock looked the key's lock up with get() and, when it was missing, made a Lock and stored it with
# set(): two threads loading the same model on a cold request both missed, built different locks and both entered the
# section the lock was meant to serialize. The first proposed fix (#2773) guards the lookup and the creation with one
# short lock and checks again under it; the fixed version has that shape. (The act is reported twice: get() reads
# both self.cache and self.expires.)
import time
from threading import Lock


class MemoryCache:
    def __init__(self):
        self.cache = {}
        self.expires = {}

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
            lock = Lock()
            self.set(key, lock, expire=expire)  # Noncompliant [TOCTOU001] # Noncompliant [TOCTOU001]
        acquired = lock.acquire(timeout=expire if expire is not None else -1)
        if not acquired:
            raise TimeoutError("Couldn't get lock")
        self.set(key, lock, expire=expire)
        return lock
