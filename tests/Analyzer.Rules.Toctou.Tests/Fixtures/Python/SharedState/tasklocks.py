import asyncio
import threading


class KeyValueStore:
    """Shared by the tasks of one event loop: its lock is an asyncio lock. _cache makes the store's cache on first use
    with no await between the test and the store, so no other task can come in between; the asyncio lock says nothing of
    threads."""

    _caches = {}

    def __init__(self, name):
        self._name = name
        self._lock = asyncio.Lock()
        self._saved = 0

    async def save(self, key, value):
        async with self._lock:
            self._saved += 1
        self._cache[key] = value

    @property
    def _cache(self):
        if self._name not in self._caches:
            self._caches[self._name] = {}
        return self._caches[self._name]


class ThreadedStore:
    """The same with a thread lock: threads can come in between the test and the store."""

    _caches = {}

    def __init__(self, name):
        self._name = name
        self._lock = threading.Lock()
        self._saved = 0

    def save(self, key, value):
        with self._lock:
            self._saved += 1
        self._cache[key] = value

    @property
    def _cache(self):
        if self._name not in self._caches:  # Secondary [check]
            self._caches[self._name] = {}  # Noncompliant [TOCTOU001] {{self._caches is checked at line 46 and changed at line 47 by self._caches[self._name], with no lock held at either point, though ThreadedStore has a lock, _lock; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return self._caches[self._name]


_pool_lock = None
_thread_lock = None


def pool_lock():
    """An asyncio lock made on first use, with no await between the test and the store: one step of a task."""
    global _pool_lock
    if _pool_lock is None:
        _pool_lock = asyncio.Lock()
    return _pool_lock


def thread_lock():
    """A thread lock made on first use: two threads can both find it missing and each lock one of its own."""
    global _thread_lock
    if _thread_lock is None:  # Secondary [check]
        _thread_lock = threading.Lock()  # Noncompliant [TOCTOU001] {{_thread_lock is checked at line 66 and changed at line 67 by _thread_lock, with no lock held at either point; two callers that run it at once can both find it missing and each store a lock of its own, so each then locks one the other does not and neither keeps the other out}}
    return _thread_lock
