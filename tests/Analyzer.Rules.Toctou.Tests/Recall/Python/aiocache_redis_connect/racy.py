# https://github.com/aio-libs/aiocache/issues/222
# RedisBackend._connect created the aioredis pool lazily: `if self._pool is None` and then
# `self._pool = await aioredis.create_pool(...)`. Creating the pool awaits (it opens minsize connections),
# so under load many coroutines see None, each builds its own pool and the last assignment wins, leaking
# the others. The fix guards the check and the creation with an asyncio.Lock.
import asyncio


class _RedisConn:
    async def get(self, key, encoding=None):
        await asyncio.sleep(0)

    async def set(self, key, value, expire=None):
        await asyncio.sleep(0)
        return True


class _ConnContext:
    def __init__(self, pool, conn):
        self._pool, self._conn = pool, conn

    def __enter__(self):
        return self._conn

    def __exit__(self, *exc):
        return False


class RedisPool:
    """Stand-in for aioredis.RedisPool: `await pool` hands out a connection context."""

    def __init__(self, address, minsize, maxsize):
        self.address, self.minsize, self.maxsize = address, minsize, maxsize

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return _ConnContext(self, _RedisConn())


async def create_pool(address, *, loop=None, encoding=None, minsize=1, maxsize=10):
    await asyncio.sleep(0.01)  # opens `minsize` connections
    return RedisPool(address, minsize, maxsize)


class RedisBackend:
    def __init__(self, endpoint="127.0.0.1", port=6379, pool_min_size=1, pool_max_size=10, loop=None):
        self.endpoint = endpoint
        self.port = port
        self.pool_min_size = pool_min_size
        self.pool_max_size = pool_max_size
        self._loop = loop
        self._pool = None

    async def get(self, key, encoding="utf-8"):
        with await self._connect() as redis:
            return await redis.get(key, encoding=encoding)

    async def set(self, key, value, ttl=None):
        with await self._connect() as redis:
            return await redis.set(key, value, expire=ttl)

    async def _connect(self):
        if self._pool is None:
            self._pool = await create_pool(  # Noncompliant
                (self.endpoint, self.port), loop=self._loop, encoding="utf-8",
                minsize=self.pool_min_size, maxsize=self.pool_max_size)

        return await self._pool
