# https://github.com/psf/cachecontrol/pull/182
# FileCache.get() tests os.path.exists(name) and then opens the file. With several threads or
# processes sharing one cache directory, another one can delete the entry (delete() on an
# invalid response) between the two calls, so open() raises FileNotFoundError (issue #179).
# Fix: open directly and treat FileNotFoundError as a cache miss.
import hashlib
import os
import threading
from concurrent.futures import ThreadPoolExecutor


class FileLock:
    _locks = {}
    _guard = threading.Lock()

    def __init__(self, path):
        with FileLock._guard:
            self._lock = FileLock._locks.setdefault(path, threading.Lock())
        self.path = path

    def __enter__(self):
        self._lock.acquire()
        return self

    def __exit__(self, *exc):
        self._lock.release()


class FileCache:
    def __init__(self, directory, forever=False):
        self.directory = directory
        self.forever = forever
        self.lock_class = FileLock

    def _fn(self, key):
        hashed = hashlib.sha224(key.encode()).hexdigest()
        return os.path.join(self.directory, *hashed[:5], hashed)

    def get(self, key):
        name = self._fn(key)
        if not os.path.exists(name):
            return None
        with open(name, "rb") as fh:  # Noncompliant
            return fh.read()

    def set(self, key, value):
        name = self._fn(key)
        os.makedirs(os.path.dirname(name), exist_ok=True)
        with self.lock_class(name) as lock:
            with open(lock.path, "wb") as fh:
                fh.write(value)

    def delete(self, key):
        name = self._fn(key)
        if not self.forever:
            os.remove(name)


def worker(cache, i):
    if i % 2:
        cache.set("http://example.com/", b"cached body")
        try:
            cache.delete("http://example.com/")
        except FileNotFoundError:
            pass
    return cache.get("http://example.com/")


if __name__ == "__main__":
    c = FileCache("/tmp/cc-webcache")
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: worker(c, i), range(200)))
