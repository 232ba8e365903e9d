import threading


# Each key has a lock of its own, looked up by a method and held in a local: the check and the fill run under it.
class KeyedCache:
    def __init__(self):
        self._guard = threading.Lock()
        self._locks = {}
        self._values = {}

    def lock_for(self, key):
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())

    def fill(self, key, make):
        lock = self.lock_for(key)
        with lock:
            if key not in self._values:
                self._values[key] = make(key)
        return self._values[key]

    def fill_unlocked(self, key, make):
        if key not in self._values:  # Secondary [check]
            self._values[key] = make(key)  # Noncompliant [TOCTOU001] {{self._values is checked at line 23 and changed at line 24 by self._values[key], with no lock held at either point, though KeyedCache has a lock, _guard; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return self._values[key]
