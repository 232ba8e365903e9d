import threading


class Service:
    """The client is made on first use with no lock, in a class that has one: two threads can both make a client."""

    def __init__(self):
        self._lock = threading.Lock()  # Secondary [concurrency]
        self._client = None
        self._calls = 0

    @property
    def client(self):
        if self._client is None:
            self._client = object()  # Noncompliant [TOCTOU001] {{self._client is checked at line 14 and changed at line 15 by self._client, with no lock held at either point, though Service has a lock, _lock; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return self._client

    def call(self):
        with self._lock:
            self._calls += 1
        return self.client


class Plain:
    """The same in a class with no lock and no other sign of threads."""

    def __init__(self):
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = object()
        return self._client
