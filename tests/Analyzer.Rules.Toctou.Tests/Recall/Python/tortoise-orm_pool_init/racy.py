# https://github.com/tortoise/tortoise-orm/pull/1825
# The pooled asyncpg client creates its pool lazily: PoolConnectionWrapper.ensure_connection()
# checks client._pool and, if missing, awaits create_connection(). Several tasks starting
# queries at once (issue #1811) all saw no pool across the await and each created one, so
# more connections than configured were opened and Pool.release() got foreign connections.
# Fix: an asyncio.Lock shared by the wrappers, with a second check of _pool under the lock.
import asyncio
from typing import Any, Optional

import asyncpg


class AsyncpgDBClient:
    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self.connection_name = connection_name
        self._template = kwargs
        self._pool: Optional[asyncpg.Pool] = None
        self._pool_init_lock = asyncio.Lock()

    async def create_connection(self, with_db: bool) -> None:
        self._pool = await asyncpg.create_pool(None, **self._template)

    def acquire_connection(self) -> "PoolConnectionWrapper":
        return PoolConnectionWrapper(self, self._pool_init_lock)

    async def execute_query(self, query: str, values: Optional[list] = None) -> list:
        async with self.acquire_connection() as connection:
            return await connection.fetch(query, *(values or []))


class PoolConnectionWrapper:
    """Class to manage acquiring from and releasing connections to a pool."""

    __slots__ = ("client", "connection", "_pool_init_lock")

    def __init__(self, client: AsyncpgDBClient, pool_init_lock: asyncio.Lock) -> None:
        self.client = client
        self.connection = None
        self._pool_init_lock = pool_init_lock

    async def ensure_connection(self) -> None:
        if not self.client._pool:
            await self.client.create_connection(with_db=True)  # Noncompliant

    async def __aenter__(self):
        await self.ensure_connection()
        self.connection = await self.client._pool.acquire()
        return self.connection

    async def __aexit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        await self.client._pool.release(self.connection)


async def handle_requests(client: AsyncpgDBClient) -> None:
    # e.g. a FastAPI app serving its first burst of requests right after startup
    await asyncio.gather(*(client.execute_query("SELECT 1") for _ in range(20)))
