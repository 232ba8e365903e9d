# https://github.com/tortoise/tortoise-orm/pull/1825
# Fixed version: pool creation is guarded by an asyncio.Lock shared by all wrappers of the
# client, and _pool is checked again after the lock is taken, so only one task creates it.
import asyncio
from typing import Any, Optional

import asyncpg


class LockedAsyncpgDBClient:
    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self.connection_name = connection_name
        self._template = kwargs
        self._pool: Optional[asyncpg.Pool] = None
        self._pool_init_lock = asyncio.Lock()

    async def create_connection(self, with_db: bool) -> None:
        self._pool = await asyncpg.create_pool(None, **self._template)

    def acquire_connection(self) -> "LockedPoolConnectionWrapper":
        return LockedPoolConnectionWrapper(self, self._pool_init_lock)

    async def execute_query(self, query: str, values: Optional[list] = None) -> list:
        async with self.acquire_connection() as connection:
            return await connection.fetch(query, *(values or []))


class LockedPoolConnectionWrapper:
    __slots__ = ("client", "connection", "_pool_init_lock")

    def __init__(self, client: LockedAsyncpgDBClient, pool_init_lock: asyncio.Lock) -> None:
        self.client = client
        self.connection = None
        self._pool_init_lock = pool_init_lock

    async def ensure_connection(self) -> None:
        if not self.client._pool:
            # a safeguard against multiple concurrent tasks trying to initialize the pool
            async with self._pool_init_lock:
                if not self.client._pool:
                    await self.client.create_connection(with_db=True)

    async def __aenter__(self):
        await self.ensure_connection()
        self.connection = await self.client._pool.acquire()
        return self.connection

    async def __aexit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        await self.client._pool.release(self.connection)


async def handle_requests_locked(client: LockedAsyncpgDBClient) -> None:
    await asyncio.gather(*(client.execute_query("SELECT 1") for _ in range(20)))
