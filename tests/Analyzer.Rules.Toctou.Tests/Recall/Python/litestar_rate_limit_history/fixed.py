# https://github.com/litestar-org/litestar/pull/4681
# Fixed version: the middleware owns a lock (anyio.Lock in the project; asyncio.Lock
# here to stay dependency free) and holds it while reading the history, comparing it
# with max_requests and writing the new entry, so each request sees the previous write.
import asyncio
import json
import time
from dataclasses import asdict, dataclass
from typing import Any, Awaitable, Callable, Dict, List, Optional


class RateLimitExceeded(Exception):
    pass


@dataclass
class HistoryEntry:
    history: List[int]
    reset: int


class InMemoryStore:
    def __init__(self) -> None:
        self._items: Dict[str, bytes] = {}

    async def load(self, key: str) -> Optional[bytes]:
        await asyncio.sleep(0)
        return self._items.get(key)

    async def save(self, key: str, value: bytes, expires_in: int) -> None:
        await asyncio.sleep(0)
        self._items[key] = value


class LockedRateLimitMiddleware:
    def __init__(self, max_requests: int, store: InMemoryStore) -> None:
        self.max_requests = max_requests
        self.duration = 60
        self.store = store
        self._lock = asyncio.Lock()

    async def __call__(self, scope: Dict[str, Any], next_app: Callable[[Dict[str, Any]], Awaitable[None]]) -> None:
        key = f"LockedRateLimitMiddleware::{scope['client']}"
        async with self._lock:
            entry = await self.load_history(key)
            if len(entry.history) >= self.max_requests:
                raise RateLimitExceeded()
            await self.store_history(key, entry)
        await next_app(scope)

    async def load_history(self, key: str) -> HistoryEntry:
        now = int(time.time())
        cached = await self.store.load(key)
        if cached:
            entry = HistoryEntry(**json.loads(cached))
            if entry.reset > now:
                return entry
        return HistoryEntry(history=[], reset=now + self.duration)

    async def store_history(self, key: str, entry: HistoryEntry) -> None:
        entry.history = [int(time.time()), *entry.history]
        await self.store.save(key, json.dumps(asdict(entry)).encode(), expires_in=self.duration)


async def handler(scope: Dict[str, Any]) -> None:
    await asyncio.sleep(0)


async def serve_requests() -> None:
    middleware = LockedRateLimitMiddleware(max_requests=1, store=InMemoryStore())
    calls = [middleware({"client": "10.0.0.1"}, handler) for _ in range(10)]
    await asyncio.gather(*calls, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(serve_requests())
