# https://github.com/MagicStack/asyncpg/issues/320 (fix: https://github.com/MagicStack/asyncpg/pull/325)
# Pool._async__init__ returned early only when self._initialized was already True, and set it at the end,
# after awaiting the holder connects. Two tasks awaiting the same un-initialised pool both passed the test
# and both connected the same holders again (asyncpg then failed on `assert self._con is None`). The fix marks
# the pool `_initializing` before the first await and makes a second initialiser fail with InterfaceError.
import asyncio


class InterfaceError(Exception):
    pass


async def connect(*args, **kwargs):
    await asyncio.sleep(0.01)
    return object()


class PoolConnectionHolder:
    def __init__(self, pool, *, connect_args, connect_kwargs):
        self._pool = pool
        self._con = None
        self._connect_args = connect_args
        self._connect_kwargs = connect_kwargs

    async def connect(self):
        self._con = await connect(*self._connect_args, **self._connect_kwargs)


class Pool:
    def __init__(self, *connect_args, min_size, max_size, **connect_kwargs):
        self._minsize = min_size
        self._maxsize = max_size
        self._holders = []
        self._initialized = False
        self._queue = asyncio.LifoQueue(maxsize=self._maxsize)
        self._closed = False
        for _ in range(max_size):
            ch = PoolConnectionHolder(self, connect_args=connect_args, connect_kwargs=connect_kwargs)
            self._holders.append(ch)
            self._queue.put_nowait(ch)

    async def _async__init__(self):
        if self._initialized:
            return
        if self._closed:
            raise InterfaceError('pool is closed')

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

        self._initialized = True  # Noncompliant
        return self

    def __await__(self):
        return self._async__init__().__await__()
