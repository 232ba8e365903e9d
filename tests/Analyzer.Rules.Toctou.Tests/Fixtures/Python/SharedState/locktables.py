import threading

from filelock import FileLock


# A lock made on first use, per name: two callers that both find the name missing each store a lock of their own, and
# each then holds one the other does not. Making the value twice is no harmless memoisation here.
class Tables:
    def __init__(self):
        self._locks = {}
        self._rows = {}

    def _lock_for(self, name):
        if name not in self._locks:
            self._locks[name] = threading.Lock()  # Noncompliant [TOCTOU001] {{self._locks is checked at line 14 and changed at line 15 by self._locks[name], with no lock held at either point; two callers that run it at once can both find it missing and each store a lock of its own, so each then locks one the other does not and neither keeps the other out}}
        return self._locks[name]

    # Secondary @-3 [concurrency] {{makes a lock for self._locks to hold: only threads that share it need one}}

    def insert(self, name, row):
        with self._lock_for(name):
            self._rows.setdefault(name, []).append(row)


# setdefault looks and stores in one step: one lock per name.
class AtomicTables:
    def __init__(self):
        self._locks = {}

    def _lock_for(self, name):
        return self._locks.setdefault(name, threading.Lock())


# A file lock made twice for one path is one lock: the lock file keeps both callers apart.
class FileTables:
    def __init__(self):
        self._locks = {}

    def _lock_for(self, path):
        if path not in self._locks:
            self._locks[path] = FileLock(path + ".lock")
        return self._locks[path]


class LazyLockedRegistry:
    """Makes its lock on first use, tested with hasattr and not handed back: two threads can both find it missing."""

    def __init__(self):
        self._items = {}

    def _ensure_lock(self):
        if not hasattr(self, "_lock"):  # Secondary [check]
            self._lock = threading.Lock()  # Noncompliant [TOCTOU001] {{self._lock is checked at line 52 and changed at line 53 by self._lock, with no lock held at either point, though LazyLockedRegistry has a lock, _lock; two callers that run it at once can both find it missing and each store a lock of its own, so each then locks one the other does not and neither keeps the other out}}

    def add(self, key, value):
        self._ensure_lock()
        with self._lock:
            self._items[key] = value
