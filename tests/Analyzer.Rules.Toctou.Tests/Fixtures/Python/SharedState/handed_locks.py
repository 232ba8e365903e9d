import asyncio

_shared_client = None
_client_lock = None
_pool = None


def _client_guard():
    global _client_lock
    if _client_lock is None:
        _client_lock = asyncio.Lock()
    return _client_lock


async def shared_client():
    """The lock the guard makes on first use and hands back is held across the second test and the store."""
    global _shared_client
    if _shared_client is not None:
        return _shared_client
    async with _client_guard():
        if _shared_client is None:
            _shared_client = await open_client()
        return _shared_client


def _pool_settings():
    return {"size": 4}


async def shared_pool():
    """What this helper hands back is no lock: the block holds none."""
    global _pool
    with _pool_settings():
        if _pool is None:  # Secondary [check]
            _pool = await open_client()  # Noncompliant [TOCTOU001] {{_pool is checked at line 34 and changed at line 35 by _pool, with no lock held at either point, while `await open_client()` at line 35 lets other tasks run in between; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return _pool


async def open_client():
    await asyncio.sleep(0)
    return object()
