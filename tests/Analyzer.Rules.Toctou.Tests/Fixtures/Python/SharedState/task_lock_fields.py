import asyncio
import collections
import threading


class TaskPool:
    """Coroutines of one event loop share it; only they take its condition."""

    def __init__(self, size):
        self._free = collections.deque()
        self._size = size
        self._cond = asyncio.Condition()

    async def take(self):
        async with self._cond:
            while not self._free:
                await self._cond.wait()
            return self._free.popleft()

    # No await between the test and the append: one step of the loop, which the condition does not need to cover.
    def give_back(self, conn):
        if len(self._free) < self._size:
            self._free.append(conn)


class ThreadPool:
    """Worker threads share it; take() holds the lock, give_back() does not."""

    def __init__(self, size):
        self._free = collections.deque()
        self._size = size
        self._lock = threading.Lock()

    def take(self):
        with self._lock:
            return self._free.popleft() if self._free else None

    def give_back(self, conn):
        if len(self._free) < self._size:  # Secondary [check]
            self._free.append(conn)  # Noncompliant [TOCTOU001] {{self._free is checked at line 39 and changed at line 40 by self._free.append(conn), with no lock held at either point}}
