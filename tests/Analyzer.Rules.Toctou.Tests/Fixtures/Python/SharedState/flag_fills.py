import json
import threading


class Settings:
    """Shared by every request thread of the server."""

    def __init__(self, path):
        self._path = path
        self._lock = threading.Lock()
        self._overrides = {}
        self._loaded = False
        self._values = None

    def override(self, key, value):
        with self._lock:
            self._overrides[key] = value

    # The flag is set only after the branch has filled the values its answer is made from.
    def has_values(self):
        if not self._loaded:  # Secondary [check]
            with open(self._path) as f:
                self._values = json.load(f)
            self._loaded = True  # Noncompliant [TOCTOU001] {{self._loaded is checked at line 21 and changed at line 24 by self._loaded, with no lock held at either point, though Settings has a lock, _lock; the flag is set only after the branch fills self._values: two callers that run it at once can both find it unset and both fill it, one while the other reads it: memoisation, harmless only if filling it twice is}}
        return bool(self._values)


class ScratchSettings:
    """The same in a class nothing shows to be shared: no finding."""

    def __init__(self, path):
        self._path = path
        self._loaded = False
        self._values = None

    def has_values(self):
        if not self._loaded:
            with open(self._path) as f:
                self._values = json.load(f)
            self._loaded = True
        return bool(self._values)
