import asyncio


class Loader:
    """Used by many asyncio tasks of one loop: a task lets others run only at an await."""

    def __init__(self):
        self._pending = {}
        self._closed = False

    async def fetch(self, key):
        # The entry is read before the task waits on it, and the other branch stores its future with no await
        # between the test and the store: each is one step of the task.
        if key in self._pending:
            return await self._pending[key]
        future = asyncio.get_event_loop().create_future()
        self._pending[key] = future
        try:
            value = await self._load(key)
            future.set_result(value)
            return value
        finally:
            del self._pending[key]

    async def close(self):
        if self._closed:  # Secondary [check]
            return
        await self._flush()
        self._closed = True  # Noncompliant [TOCTOU001] {{self._closed is checked at line 26 and changed at line 29 by self._closed, with no lock held at either point, while `await self._flush()` at line 28 lets other tasks run in between}}

    async def _flush(self):
        await asyncio.sleep(0)

    async def _load(self, key):
        await asyncio.sleep(0)
        return key
