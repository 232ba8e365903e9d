# https://github.com/MagicStack/asyncpg/issues/320 (fix: https://github.com/MagicStack/asyncpg/pull/325)
# Fixed version: _async_setup sets `_initializing` before its first await, so a second task that awaits
# the pool while it is being initialised gets a clear InterfaceError instead of connecting the same
# holders again; `_initialized` is set in the finally block.
import asyncio


class PoolInterfaceError(Exception):
    pass


async def open_connection(*args, **kwargs):
    await asyncio.sleep(0.01)
    return object()


class ConnectionSlot:
    def __init__(self, pool, *, connect_args, connect_kwargs):
        self._pool = pool
        self._con = None
        self._connect_args = connect_args
        self._connect_kwargs = connect_kwargs

    async def connect(self):
        self._con = await open_connection(*self._connect_args, **self._connect_kwargs)


class ConnectionPool:
    def __init__(self, *connect_args, min_size, max_size, **connect_kwargs):
        self._minsize = min_size
        self._maxsize = max_size
        self._holders = []
        self._initialized = False
        self._initializing = False
        self._queue = asyncio.LifoQueue(maxsize=self._maxsize)
        self._closed = False
        for _ in range(max_size):
            ch = ConnectionSlot(self, connect_args=connect_args, connect_kwargs=connect_kwargs)
            self._holders.append(ch)
            self._queue.put_nowait(ch)

    async def _async_setup(self):
        if self._initialized:
            return
        if self._initializing:
            raise PoolInterfaceError('pool is being initialized in another task')
        if self._closed:
            raise PoolInterfaceError('pool is closed')

        self._initializing = True
        try:
            await self._initialize()
            return self
        finally:
            self._initializing = False
            self._initialized = True

    async def _initialize(self):
        if self._minsize:
            # Connect the first connection holder in the queue so that it
            # can record the working address for the others.
            first_ch = self._holders[-1]
            await first_ch.connect()

            if self._minsize > 1:
                connect_tasks = []
                for i, ch in enumerate(reversed(self._holders[:-1])):
                    if i >= self._minsize - 1:
                        break
                    connect_tasks.append(ch.connect())
                await asyncio.gather(*connect_tasks)

    def __await__(self):
        return self._async_setup().__await__()
