import threading


class Registry:
    """Shared between threads; _lock guards _entries."""

    def __init__(self):
        self._lock = threading.Lock()
        self._entries = {}
        self._closed = False

    def add_if_absent(self, name, entry):
        if name in self._entries:  # Secondary [check]
            return False
        with self._lock:  # Secondary [lock]
            self._entries[name] = entry  # Noncompliant [TOCTOU001] {{self._entries is checked at line 13 and changed at line 16 by self._entries[name], but the check runs before self._lock is taken at line 15}}
        return True

    def replace(self, name, entry):
        with self._lock:
            exists = name in self._entries  # Secondary [check]
        if not exists:  # Secondary [guard]
            return
        with self._lock:
            self._entries[name] = entry  # Noncompliant [TOCTOU001] {{self._entries is checked at line 21 and changed at line 25 by self._entries[name], and self._lock is released and re-taken at line 24 in between}}

    def put(self, name, entry):
        with self._lock:
            if name not in self._entries:
                self._entries[name] = entry

    def put_manually(self, name, entry):
        self._lock.acquire()
        try:
            if name not in self._entries:
                self._entries[name] = entry
        finally:
            self._lock.release()

    def close(self):
        self._lock.acquire()
        closed = self._closed  # Secondary [check]
        self._lock.release()
        if not closed:
            self._closed = True  # Noncompliant [TOCTOU001] {{self._closed is checked at line 42 and changed at line 45 by self._closed, but self._lock is released before the act}}

    def get_or_default(self, name, entry):
        if self._entries.get(name) is None:  # Secondary [check]
            self._entries[name] = entry  # Noncompliant [TOCTOU001] {{self._entries is checked at line 48 and changed at line 49 by self._entries[name], with no lock held at either point}}
        return self._entries[name]

    def get_or_default_atomic(self, name, entry):
        return self._entries.setdefault(name, entry)

    def sync(self, names):
        with self._lock:
            for name in names:
                self._add_locked(name)

    def _add_locked(self, name):
        if name not in self._entries:
            self._entries[name] = object()

    def _drop_locked(self, name):
        if name in self._entries:  # Secondary [check]
            del self._entries[name]  # Noncompliant [TOCTOU001] {{self._entries is checked at line 65 and changed at line 66 by self._entries[name], which is safe only if every caller holds self._lock, as the name _drop_locked says; this analysis found no caller in the package that holds it}}

    def count(self, names):
        seen = {}
        for name in names:
            if name not in seen:
                seen[name] = True
        return len(seen)

    def size(self):
        with self._lock:
            if len(self._entries) > 100:
                print("large registry")
            return len(self._entries)


class Builder:
    """Used by one thread at a time; it has no lock."""

    def __init__(self):
        self._parts = {}

    def set(self, key, value):
        if key not in self._parts:
            self._parts[key] = value


class LazyIndex:
    """Built on first use; the unlocked check only saves taking the lock once it is built."""

    def __init__(self):
        self._lock = threading.Lock()
        self._index = None

    def lookup(self, key):
        if self._index is None:
            self._build()
        return self._index.get(key)

    def _build(self):
        with self._lock:
            if self._index is not None:
                return
            self._index = {}

    def lookup_unchecked(self, key):
        if self._index is None:  # Secondary [check]
            self._build_unchecked()  # Noncompliant [TOCTOU001] {{self._index is checked at line 112 and changed at line 113 by self._build_unchecked(), but the check runs before self._lock is taken at line 113, inside _build_unchecked()}}
        return self._index.get(key)

    def _build_unchecked(self):
        with self._lock:
            self._index = {}


class Singleton:
    """hasattr(cls, name) reads the same attribute as cls.name."""

    _lock = threading.Lock()

    @classmethod
    def instance(cls):
        if not hasattr(cls, "_instance"):  # Secondary [check]
            cls._instance = cls()  # Noncompliant {{cls._instance is checked at line 128 and changed at line 129 by cls._instance, with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return cls._instance

    @classmethod
    def instance_locked(cls):
        with cls._lock:
            if not hasattr(cls, "_instance"):
                cls._instance = cls()
        return cls._instance

    @staticmethod
    def current():
        """The class's own name reaches the same class attributes as cls does."""
        if Singleton._current is None:  # Secondary [check]
            Singleton._current = Singleton()  # Noncompliant {{Singleton._current is checked at line 142 and changed at line 143 by Singleton._current, with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return Singleton._current

    @staticmethod
    def current_locked():
        with Singleton._lock:
            if Singleton._current is None:
                Singleton._current = Singleton()
        return Singleton._current


class Window:
    """Reading a property runs it: the check reads what the property's result is made from."""

    def __init__(self, period):
        self._lock = threading.Lock()
        self._calls = []
        self.period = period

    @property
    def _span(self):
        return self._calls[-1] - self._calls[0]

    def record(self, now):
        with self._lock:
            self._calls.append(now)

    def trim(self):
        while self._span >= self.period:  # Secondary [check]
            self._calls.pop(0)  # Noncompliant {{self._calls[-1] is checked at line 171 and changed at line 172 by self._calls.pop(0), with no lock held at either point}}

    def trim_locked(self):
        with self._lock:
            while self._span >= self.period:
                self._calls.pop(0)

    def shrink(self, limit):
        if len(self._calls) > limit:  # Secondary [check]
            if limit == 0:
                self._calls.clear()  # Noncompliant {{self._calls is checked at line 180 and changed at line 182 by self._calls.clear() and at line 184 by self._calls[0], with no lock held at either point}}
            else:
                del self._calls[0]
