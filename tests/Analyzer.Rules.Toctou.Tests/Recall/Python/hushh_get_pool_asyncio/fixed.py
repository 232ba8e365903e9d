# https://github.com/hushh-labs/hushh-research/pull/1647
# Fixed shape: a fast-path None check, then an asyncio.Lock held across a second check and the awaited
# create, so only the first coroutine creates the pool and the others reuse it.
import asyncio
import os
from typing import Optional


class ConnectionPool:
    """Stand-in for asyncpg.Pool."""

    def __init__(self, dsn, min_size, max_size):
        self.dsn, self.min_size, self.max_size = dsn, min_size, max_size

    async def fetch(self, query, *args):
        await asyncio.sleep(0)
        return []

    async def close(self):
        await asyncio.sleep(0)


async def open_pool(dsn, min_size, max_size):
    """Stand-in for asyncpg.create_pool: opens min_size connections."""
    await asyncio.sleep(0.01)
    return ConnectionPool(dsn, min_size, max_size)


# Database connection pool (singleton) and its init lock.
_shared_pool: Optional[ConnectionPool] = None
_shared_pool_lock: Optional[asyncio.Lock] = None


def _pool_init_lock() -> asyncio.Lock:
    """Return the pool init lock, creating it on first call (no await, so no interleaving here)."""
    global _shared_pool_lock
    if _shared_pool_lock is None:
        _shared_pool_lock = asyncio.Lock()
    return _shared_pool_lock


def _build_database_url() -> str:
    user, password = os.getenv("DB_USER", "app"), os.getenv("DB_PASSWORD", "")
    host, port = os.getenv("DB_HOST", "127.0.0.1"), os.getenv("DB_PORT", "5432")
    return f"postgresql://{user}:{password}@{host}:{port}/{os.getenv('DB_NAME', 'postgres')}"


async def acquire_pool() -> ConnectionPool:
    """Get or create the connection pool (awaited by every request handler)."""
    global _shared_pool
    if _shared_pool is not None:
        return _shared_pool
    async with _pool_init_lock():
        # Re-check inside the lock: another coroutine may have created the pool while we waited.
        if _shared_pool is not None:
            return _shared_pool
        _shared_pool = await open_pool(_build_database_url(), min_size=2, max_size=20)
    return _shared_pool


async def shutdown_pool():
    global _shared_pool
    if _shared_pool:
        await _shared_pool.close()
        _shared_pool = None


async def load_consent(user_id: str):
    pool = await acquire_pool()
    return await pool.fetch("SELECT * FROM consent WHERE user_id = $1", user_id)
