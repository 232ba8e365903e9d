import threading


class ProviderSingleton:
    """Makes its instance under the lock when the test finds none, then returns it after the lock: a reset in between
    clears it, and the caller gets None."""

    _lock = threading.RLock()

    def __init__(self, factory):
        self._factory = factory
        self._instance = None

    def reset(self):
        self._instance = None  # Secondary [act]

    def get(self):
        with self._lock:  # Secondary [lock]
            if self._instance is None:  # Secondary [check]
                self._instance = self._factory()
        return self._instance  # Noncompliant [TOCTOU001] {{self._instance is checked at line 19 and returned at line 21, which reads it again, while ProviderSingleton.reset empties it at line 15, but self._lock is released before the act}}


class HeldProvider:
    """Returns under the lock that its reset takes too."""

    _lock = threading.RLock()

    def __init__(self, factory):
        self._factory = factory
        self._instance = None

    def reset(self):
        with self._lock:
            self._instance = None

    def get(self):
        with self._lock:
            if self._instance is None:
                self._instance = self._factory()
            return self._instance


class ListingCache:
    """compact only puts an empty list where there was nothing: it clears nothing that items() set."""

    def __init__(self, fetch):
        self._lock = threading.Lock()
        self._fetch = fetch
        self._items = None

    def items(self):
        with self._lock:
            if self._items is None:
                self._items = self._fetch()
        return self._items

    def compact(self):
        with self._lock:
            if not self._items:
                self._items = []


class LazyConnection:
    """Tests the connection for truth rather than for None: the same shape."""

    def __init__(self, connect):
        self._lock = threading.Lock()
        self._connect = connect
        self._conn = None

    def connection(self):
        with self._lock:  # Secondary [lock]
            if not self._conn:  # Secondary [check]
                self._conn = self._connect()
        return self._conn  # Noncompliant [TOCTOU001] {{self._conn is checked at line 74 and returned at line 76, which reads it again, while LazyConnection.close empties it at line 79, but self._lock is released before the act}}

    def close(self):
        self._conn = None  # Secondary [act]
