# https://github.com/psf/cachecontrol/pull/182
# Fixed version: get() opens the cache file without a prior existence test and maps
# FileNotFoundError (entry removed by another thread/process) to a cache miss.
import hashlib
import os
import threading
from concurrent.futures import ThreadPoolExecutor


class PathLock:
    _locks = {}
    _guard = threading.Lock()

    def __init__(self, path):
        with PathLock._guard:
            self._lock = PathLock._locks.setdefault(path, threading.Lock())
        self.path = path

    def __enter__(self):
        self._lock.acquire()
        return self

    def __exit__(self, *exc):
        self._lock.release()


class SafeFileCache:
    def __init__(self, directory, forever=False):
        self.directory = directory
        self.forever = forever
        self.lock_class = PathLock

    def _path_for(self, key):
        hashed = hashlib.sha224(key.encode()).hexdigest()
        return os.path.join(self.directory, *hashed[:5], hashed)

    def get(self, key):
        name = self._path_for(key)
        try:
            with open(name, "rb") as fh:
                return fh.read()
        except FileNotFoundError:
            return None

    def set(self, key, value):
        name = self._path_for(key)
        os.makedirs(os.path.dirname(name), exist_ok=True)
        with self.lock_class(name) as lock:
            with open(lock.path, "wb") as fh:
                fh.write(value)

    def delete(self, key):
        name = self._path_for(key)
        if not self.forever:
            os.remove(name)


def job(cache, i):
    if i % 2:
        cache.set("http://example.com/", b"cached body")
        try:
            cache.delete("http://example.com/")
        except FileNotFoundError:
            pass
    return cache.get("http://example.com/")


if __name__ == "__main__":
    c = SafeFileCache("/tmp/cc-webcache")
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: job(c, i), range(200)))
