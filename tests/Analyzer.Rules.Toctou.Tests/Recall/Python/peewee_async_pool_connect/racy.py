# https://github.com/05bit/peewee-async/issues/208
# peewee-async's pool backend created the aiopg/aiomysql pool lazily: acquire() checked
# `self.pool is None` and awaited connect(), which awaited create_pool() and stored it. Two
# tasks acquiring at startup both saw None and both created a pool; one pool leaked and
# connections were released to the wrong pool. Fix: asyncio.Lock in connect() plus a re-check.
import asyncio


class FakePool:
    created = 0

    def __init__(self):
        FakePool.created += 1
        self.closed = False

    async def acquire(self):
        return object()

    def release(self, conn):
        pass


async def create_pool(**params):
    await asyncio.sleep(0.05)  # opening minsize connections to the server
    return FakePool()


class AioPool:
    def __init__(self, database, **kwargs):
        self.pool = None
        self.database = database
        self.connect_params = kwargs

    async def connect(self):
        self.pool = await create_pool(database=self.database, **self.connect_params)

    async def acquire(self):
        if self.pool is None:
            await self.connect()  # Noncompliant
        return await self.pool.acquire()

    def release(self, conn):
        self.pool.release(conn)


async def handle_request(pool):
    conn = await pool.acquire()
    pool.release(conn)


async def main():
    pool = AioPool("app", minsize=1, maxsize=10)
    await asyncio.gather(*(handle_request(pool) for _ in range(10)))
    print("pools created:", FakePool.created)


if __name__ == "__main__":
    asyncio.run(main())
