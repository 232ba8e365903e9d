# https://github.com/hushh-labs/hushh-research/pull/1647
# get_pool() checked the module-level _pool for None and then awaited create_pool(); requests arriving before
# the pool existed all saw None, all created a pool, and all but the last assignment leaked their connections.
# The fix takes an asyncio.Lock around the create and re-checks _pool inside it (double-checked locking).
import asyncio
import os
from typing import Optional


class Pool:
    """Stand-in for asyncpg.Pool."""

    def __init__(self, dsn, min_size, max_size):
        self.dsn, self.min_size, self.max_size = dsn, min_size, max_size

    async def fetch(self, query, *args):
        await asyncio.sleep(0)
        return []

    async def close(self):
        await asyncio.sleep(0)


async def create_pool(dsn, min_size, max_size):
    """Stand-in for asyncpg.create_pool: opens min_size connections."""
    await asyncio.sleep(0.01)
    return Pool(dsn, min_size, max_size)


# Database connection pool (singleton).
_pool: Optional[Pool] = None


def _get_database_url() -> str:
    user, password = os.getenv("DB_USER", "app"), os.getenv("DB_PASSWORD", "")
    host, port = os.getenv("DB_HOST", "127.0.0.1"), os.getenv("DB_PORT", "5432")
    return f"postgresql://{user}:{password}@{host}:{port}/{os.getenv('DB_NAME', 'postgres')}"


async def get_pool() -> Pool:
    """Get or create the connection pool (awaited by every request handler)."""
    global _pool
    if _pool is None:
        database_url = _get_database_url()
        _pool = await create_pool(database_url, min_size=2, max_size=10)  # Noncompliant
    return _pool


async def close_pool():
    global _pool
    if _pool:
        await _pool.close()
        _pool = None


async def get_consent(user_id: str):
    pool = await get_pool()
    return await pool.fetch("SELECT * FROM consent WHERE user_id = $1", user_id)
