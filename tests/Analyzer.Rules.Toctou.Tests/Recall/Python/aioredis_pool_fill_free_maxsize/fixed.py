# https://github.com/aio-libs-abandoned/aioredis-py/pull/77
# Fixed version: free connections live in a bounded deque, get_connection() holds an
# asyncio.Condition while it fills the pool, and _acquiring counts connections that are being
# created, so the size test and the append are done by one task at a time and connections in
# flight are already counted against maxsize.
import asyncio
import collections


class _PooledConnection:
    def __init__(self, address):
        self.address = address
        self.closed = False

    def shutdown(self):
        self.closed = True


class CondRedisPool:
    def __init__(self, address, minsize=1, maxsize=2):
        self._address = address
        self._minsize = minsize
        self._free = collections.deque(maxlen=maxsize)
        self._in_use = set()
        self._acquiring = 0
        self._cond = asyncio.Condition()

    @property
    def max_connections(self):
        return self._free.maxlen

    @property
    def total_size(self):
        return self.idle_size + len(self._in_use) + self._acquiring

    @property
    def idle_size(self):
        return len(self._free)

    async def get_connection(self):
        async with self._cond:
            while True:
                await self._populate_free(override_min=True)
                if self.idle_size:
                    conn = self._free.popleft()
                    self._in_use.add(conn)
                    return conn
                await self._cond.wait()

    def put_back(self, conn):
        self._in_use.remove(conn)
        if not conn.closed and self.idle_size < self.max_connections:
            self._free.append(conn)
        else:
            conn.shutdown()
        asyncio.ensure_future(self._wake_one())

    async def _wake_one(self):
        async with self._cond:
            self._cond.notify()

    async def _populate_free(self, *, override_min):
        while self.total_size < self._minsize:
            self._acquiring += 1
            try:
                conn = await self._open_connection()
                self._free.append(conn)
            finally:
                self._acquiring -= 1
        if self.idle_size:
            return
        if override_min:
            while not self._free and self.total_size < self.max_connections:
                self._acquiring += 1
                try:
                    conn = await self._open_connection()
                    self._free.append(conn)
                finally:
                    self._acquiring -= 1

    async def _open_connection(self):
        await asyncio.sleep(0.01)  # connect to redis
        return _PooledConnection(self._address)


async def use_pool(pool):
    conn = await pool.get_connection()
    await asyncio.sleep(0.02)
    pool.put_back(conn)


async def run_clients():
    pool = CondRedisPool(("localhost", 6379), minsize=1, maxsize=2)
    await asyncio.wait_for(asyncio.gather(*(use_pool(pool) for _ in range(3))), 2)
    print("max size kept:", pool.total_size <= pool.max_connections)


if __name__ == "__main__":
    asyncio.run(run_clients())
