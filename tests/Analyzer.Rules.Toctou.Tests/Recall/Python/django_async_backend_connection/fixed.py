# https://github.com/Arfey/django-async-backend/pull/27
# Fixed version: a per-wrapper asyncio.Lock with double-checked locking; the first task connects and the others
# re-check under the lock and reuse that connection.
import asyncio


class SimplePool:
    def __init__(self):
        self.handed_out = 0

    async def acquire(self):
        await asyncio.sleep(0)
        self.handed_out += 1
        return object()


class LockedDatabaseWrapper:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None
        self._connect_lock = asyncio.Lock()

    async def open_connection(self):
        self.conn = await self.pool.acquire()

    async def ensure_open(self):
        if self.conn is not None:
            return
        async with self._connect_lock:
            if self.conn is None:
                await self.open_connection()

    async def run(self, sql):
        await self.ensure_open()
        await asyncio.sleep(0)
        return sql


async def handler(wrapper):
    return await asyncio.gather(
        wrapper.run("SELECT 1"),
        wrapper.run("SELECT 2"),
        wrapper.run("SELECT 3"),
    )


if __name__ == "__main__":
    asyncio.run(handler(LockedDatabaseWrapper(SimplePool())))
