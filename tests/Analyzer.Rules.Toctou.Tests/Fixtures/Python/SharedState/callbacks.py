import threading


# A lambda handed to a call runs inside it, under the lock held around the call: every call of _insert holds self._lock.
class Catalog:
    def __init__(self):
        self._lock = threading.Lock()
        self._entries = {}

    def _insert(self, key):
        if key not in self._entries:
            self._entries[key] = len(self._entries)
        return key

    def add(self, key):
        with self._lock:
            self._insert(key)

    def add_all(self, keys):
        with self._lock:
            return list(map(lambda k: self._insert(k), keys))


# A lambda a list keeps runs later, when whoever runs the hooks calls it, not under the lock held where it was kept.
class Hooks:
    def __init__(self):
        self._lock = threading.Lock()
        self._entries = {}
        self._pending = []

    def _insert(self, key):
        if key not in self._entries:  # Secondary [check]
            self._entries[key] = len(self._entries)  # Noncompliant [TOCTOU001] {{self._entries is checked at line 32 and changed at line 33 by self._entries[key], with no lock held at either point in _insert: 1 of the 2 calls to it in the package holds self._lock, but Hooks.add_later calls it without}}
        return key

    def add(self, key):
        with self._lock:
            self._insert(key)

    def add_later(self, key):
        with self._lock:
            self._pending.append(lambda: self._insert(key))
