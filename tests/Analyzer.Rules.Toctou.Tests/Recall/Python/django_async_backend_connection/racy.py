# https://github.com/Arfey/django-async-backend/pull/27
# ensure_connection() checked "self.connection is None" and then awaited connect(); asyncio.gather children sharing
# one wrapper all saw None, each took a pool connection, and all but the last assignment leaked. The fix adds an
# asyncio.Lock on the wrapper and re-checks inside it.
import asyncio


class AsyncConnectionPool:
    def __init__(self):
        self.handed_out = 0

    async def getconn(self):
        await asyncio.sleep(0)
        self.handed_out += 1
        return object()


class AsyncDatabaseWrapper:
    def __init__(self, pool):
        self.pool = pool
        self.connection = None

    async def get_new_connection(self):
        return await self.pool.getconn()

    async def connect(self):
        self.connection = await self.get_new_connection()

    async def ensure_connection(self):
        if self.connection is None:
            await self.connect()  # Noncompliant

    async def execute(self, sql):
        await self.ensure_connection()
        await asyncio.sleep(0)
        return sql


async def view(wrapper):
    # children created by gather share the same wrapper through the context variable
    return await asyncio.gather(
        wrapper.execute("SELECT 1"),
        wrapper.execute("SELECT 2"),
        wrapper.execute("SELECT 3"),
    )


if __name__ == "__main__":
    asyncio.run(view(AsyncDatabaseWrapper(AsyncConnectionPool())))
