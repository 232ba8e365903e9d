# https://github.com/aio-libs/aiopg/issues/18
# Pool._fill_free_pool() checked `self.size < self.maxsize` and then awaited connect(); other
# acquire() tasks passed the same check meanwhile, so the pool grew past maxsize and release()
# failed its "pool is not full" assertion. aiopg fixed it by counting the pending connection
# (_acquiring) before awaiting connect() and filling under the pool's asyncio.Condition.
import asyncio
import collections


class Connection:
    closed = False


async def connect(dsn):
    await asyncio.sleep(0.01)  # TCP + auth round-trips to PostgreSQL
    return Connection()


class Pool:
    def __init__(self, dsn, minsize, maxsize):
        self._dsn = dsn
        self._minsize = minsize
        self._maxsize = maxsize
        self._free = collections.deque()
        self._used = set()

    @property
    def freesize(self):
        return len(self._free)

    @property
    def size(self):
        return self.freesize + len(self._used)

    async def _fill_free_pool(self):
        while self.freesize < self._minsize and self.size < self._maxsize:
            conn = await connect(self._dsn)
            self._free.append(conn)  # Noncompliant

    async def acquire(self):
        await self._fill_free_pool()
        while not self._free:
            await asyncio.sleep(0.001)
        conn = self._free.popleft()
        self._used.add(conn)
        return conn

    def release(self, conn):
        self._used.remove(conn)
        assert self.size < self._maxsize, "pool is full"
        self._free.append(conn)


async def query(pool):
    conn = await pool.acquire()
    await asyncio.sleep(0.005)
    pool.release(conn)


async def main():
    pool = Pool("dbname=app", minsize=2, maxsize=2)
    await asyncio.gather(*(query(pool) for _ in range(10)))
    print("connections in pool:", pool.size, "maxsize:", pool._maxsize)


if __name__ == "__main__":
    asyncio.run(main())
