import threading


class FormatCache:
    """Shared by threads (count() locks). get() asks for the entry and makes it in the handler of the KeyError a missing
    one raises; lock() makes its lock in the handler of the AttributeError a missing attribute raises. A handler of
    another failure decides nothing about whether the entry is there."""

    def __init__(self):
        self._mu = threading.Lock()
        self._formats = {}
        self._hits = 0

    def get(self, key):
        try:
            return self._formats[key]  # Secondary [check]
        except KeyError:
            value = key.upper()
            self._formats[key] = value  # Noncompliant [TOCTOU001] {{self._formats[key] is checked at line 16 and changed at line 19 by self._formats[key], with no lock held at either point, though FormatCache has a lock, _mu; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
            return value

    def lock(self):
        try:
            return self._lock  # Secondary [check]
        except AttributeError:
            self._lock = threading.Lock()  # Noncompliant [TOCTOU001] {{self._lock is checked at line 24 and changed at line 26 by self._lock, with no lock held at either point, though FormatCache has a lock, _mu; two callers that run it at once can both find it missing and each store a lock of its own, so each then locks one the other does not and neither keeps the other out}}
            return self._lock

    def parse(self, key):
        try:
            return int(self._formats[key])
        except ValueError:
            self._formats[key] = "0"
            return 0

    def count(self):
        with self._mu:
            self._hits += 1
