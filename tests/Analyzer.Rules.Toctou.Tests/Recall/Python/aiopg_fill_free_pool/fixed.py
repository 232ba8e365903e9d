# https://github.com/aio-libs/aiopg/issues/18
# Fixed shape (aiopg/pool.py): acquire() runs _fill_free_pool() while holding the pool's
# asyncio.Condition, and a connection being opened is counted in `size` through the _acquiring
# counter before connect() is awaited, so the size check and the slot reservation go together.
import asyncio
import collections


class PgConnection:
    closed = False


async def open_connection(dsn):
    await asyncio.sleep(0.01)
    return PgConnection()


class BoundedPool:
    def __init__(self, dsn, minsize, maxsize):
        self._dsn = dsn
        self._minsize = minsize
        self._acquiring = 0
        self._free = collections.deque(maxlen=maxsize)
        self._cond = asyncio.Condition()
        self._used = set()

    @property
    def maxsize(self):
        return self._free.maxlen

    @property
    def freesize(self):
        return len(self._free)

    @property
    def size(self):
        return self.freesize + len(self._used) + self._acquiring

    async def _fill_free_pool(self, override_min):
        while self.size < self._minsize:
            self._acquiring += 1
            try:
                conn = await open_connection(self._dsn)
                self._free.append(conn)
                self._cond.notify()
            finally:
                self._acquiring -= 1
        if self._free:
            return
        if override_min and self.size < self.maxsize:
            self._acquiring += 1
            try:
                conn = await open_connection(self._dsn)
                self._free.append(conn)
                self._cond.notify()
            finally:
                self._acquiring -= 1

    async def acquire(self):
        async with self._cond:
            while True:
                await self._fill_free_pool(True)
                if self._free:
                    conn = self._free.popleft()
                    self._used.add(conn)
                    return conn
                await self._cond.wait()

    async def _wakeup(self):
        async with self._cond:
            self._cond.notify()

    def release(self, conn):
        self._used.remove(conn)
        self._free.append(conn)
        asyncio.ensure_future(self._wakeup())


async def run_query(pool):
    conn = await pool.acquire()
    await asyncio.sleep(0.005)
    pool.release(conn)


async def run_all():
    pool = BoundedPool("dbname=app", minsize=2, maxsize=2)
    await asyncio.gather(*(run_query(pool) for _ in range(10)))
    await asyncio.sleep(0.01)
    print("connections in pool:", pool.size, "maxsize:", pool.maxsize)


if __name__ == "__main__":
    asyncio.run(run_all())
