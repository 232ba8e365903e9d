# https://github.com/05bit/peewee-async/issues/208
# Fixed shape (peewee_async/pool.py PoolBackend): connect() holds an asyncio.Lock and re-checks
# is_connected before awaiting create(), so concurrent first acquire() calls share one pool.
import asyncio


class DriverPool:
    created = 0

    def __init__(self):
        DriverPool.created += 1
        self.closed = False

    async def acquire(self):
        return object()

    def release(self, conn):
        pass


async def open_driver_pool(**params):
    await asyncio.sleep(0.05)
    return DriverPool()


class PoolBackend:
    def __init__(self, database, **kwargs):
        self.pool = None
        self.database = database
        self.connect_params = kwargs
        self._connection_lock = asyncio.Lock()

    @property
    def is_connected(self):
        if self.pool is not None:
            return self.pool.closed is False
        return False

    async def create(self):
        self.pool = await open_driver_pool(database=self.database, **self.connect_params)

    async def connect(self):
        async with self._connection_lock:
            if self.is_connected is False:
                await self.create()

    async def acquire(self):
        if self.pool is None:
            await self.connect()
        assert self.pool is not None, "Pool is not connected"
        return await self.pool.acquire()

    def release(self, conn):
        self.pool.release(conn)


async def serve_request(backend):
    conn = await backend.acquire()
    backend.release(conn)


async def run_app():
    backend = PoolBackend("app", minsize=1, maxsize=10)
    await asyncio.gather(*(serve_request(backend) for _ in range(10)))
    print("pools created:", DriverPool.created)


if __name__ == "__main__":
    asyncio.run(run_app())
