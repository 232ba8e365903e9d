# https://github.com/aio-libs-abandoned/aioredis-py/pull/77
# RedisPool._fill_free() tests freesize < minsize and size < maxsize and then awaits
# _create_new_connection() before putting the connection into the pool queue. Other acquire()
# tasks run while the first one is suspended and pass the same test, so more connections than
# maxsize are created and the extra put() blocks forever (issue #71). Fix (PR #77): the free list
# becomes a deque, acquire() holds an asyncio.Condition while filling, and an _acquiring counter
# is included in size so connections being created count against maxsize.
import asyncio


class _Connection:
    def __init__(self, address):
        self.address = address
        self.closed = False

    def close(self):
        self.closed = True


class RedisPool:
    def __init__(self, address, minsize=1, maxsize=2):
        self._address = address
        self._minsize = minsize
        self._pool = asyncio.Queue(maxsize=maxsize)
        self._used = set()

    @property
    def maxsize(self):
        return self._pool.maxsize

    @property
    def size(self):
        return self.freesize + len(self._used)

    @property
    def freesize(self):
        return self._pool.qsize()

    async def acquire(self):
        await self._fill_free()
        if self._minsize > 0 or not self._pool.empty():
            conn = await self._pool.get()
        else:
            conn = await self._create_new_connection()
        self._used.add(conn)
        return conn

    def release(self, conn):
        self._used.remove(conn)
        if not conn.closed:
            try:
                self._pool.put_nowait(conn)
            except asyncio.QueueFull:
                conn.close()

    async def _fill_free(self):
        while self.freesize < self._minsize and self.size < self.maxsize:
            conn = await self._create_new_connection()
            await self._pool.put(conn)  # Noncompliant

    async def _create_new_connection(self):
        await asyncio.sleep(0.01)  # connect to redis
        return _Connection(self._address)


async def client_task(pool):
    conn = await pool.acquire()
    await asyncio.sleep(0.02)
    pool.release(conn)


async def main():
    pool = RedisPool(("localhost", 6379), minsize=1, maxsize=2)
    await asyncio.wait_for(asyncio.gather(*(client_task(pool) for _ in range(3))), 2)


if __name__ == "__main__":
    asyncio.run(main())
