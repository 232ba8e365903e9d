# https://github.com/aio-libs/aiocache/issues/222
# Fixed version: the backend owns an asyncio.Lock (_pool_lock) and _acquire() tests `self._pool is None`
# and awaits create_pool() while holding it, so concurrent coroutines build exactly one pool.
import asyncio


class _PooledConn:
    async def get(self, key, encoding=None):
        await asyncio.sleep(0)

    async def set(self, key, value, expire=None):
        await asyncio.sleep(0)
        return True


class _PooledContext:
    def __init__(self, pool, conn):
        self._pool, self._conn = pool, conn

    def __enter__(self):
        return self._conn

    def __exit__(self, *exc):
        return False


class ConnectionPool:
    """Stand-in for aioredis pool: `await pool` hands out a connection context."""

    def __init__(self, address, minsize, maxsize):
        self.address, self.minsize, self.maxsize = address, minsize, maxsize

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return _PooledContext(self, _PooledConn())


async def open_pool(address, *, loop=None, encoding=None, minsize=1, maxsize=10):
    await asyncio.sleep(0.01)  # opens `minsize` connections
    return ConnectionPool(address, minsize, maxsize)


class RedisCacheBackend:
    def __init__(self, endpoint="127.0.0.1", port=6379, pool_min_size=1, pool_max_size=10, loop=None):
        self.endpoint = endpoint
        self.port = port
        self.pool_min_size = pool_min_size
        self.pool_max_size = pool_max_size
        self._loop = loop
        self._pool_lock = asyncio.Lock()
        self._pool = None

    async def get(self, key, encoding="utf-8"):
        with await self._acquire() as redis:
            return await redis.get(key, encoding=encoding)

    async def set(self, key, value, ttl=None):
        with await self._acquire() as redis:
            return await redis.set(key, value, expire=ttl)

    async def _acquire(self):
        async with self._pool_lock:
            if self._pool is None:
                self._pool = await open_pool(
                    (self.endpoint, self.port), loop=self._loop, encoding="utf-8",
                    minsize=self.pool_min_size, maxsize=self.pool_max_size)

        return await self._pool
