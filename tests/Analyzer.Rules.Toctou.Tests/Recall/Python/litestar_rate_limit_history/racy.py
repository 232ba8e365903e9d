# https://github.com/litestar-org/litestar/pull/4681
# RateLimitMiddleware.handle() awaited store.get() for the request history, checked
# len(history) >= max_requests and then awaited store.set() with the new entry; other
# requests from the same client interleave at those awaits, all pass the check and
# exceed the limit. The fix holds an anyio.Lock across retrieve, check and set.
import asyncio
import json
import time
from dataclasses import asdict, dataclass
from typing import Any, Awaitable, Callable, Dict, List, Optional


class TooManyRequestsException(Exception):
    pass


@dataclass
class CacheObject:
    history: List[int]
    reset: int


class MemoryStore:
    def __init__(self) -> None:
        self._data: Dict[str, bytes] = {}

    async def get(self, key: str) -> Optional[bytes]:
        await asyncio.sleep(0)
        return self._data.get(key)

    async def set(self, key: str, value: bytes, expires_in: int) -> None:
        await asyncio.sleep(0)
        self._data[key] = value


class RateLimitMiddleware:
    def __init__(self, max_requests: int, store: MemoryStore) -> None:
        self.max_requests = max_requests
        self.duration = 60
        self.store = store

    async def handle(self, scope: Dict[str, Any], next_app: Callable[[Dict[str, Any]], Awaitable[None]]) -> None:
        key = f"RateLimitMiddleware::{scope['client']}"
        cache_object = await self.retrieve_cached_history(key)
        if len(cache_object.history) >= self.max_requests:
            raise TooManyRequestsException()
        await self.set_cached_history(key, cache_object)  # Noncompliant
        await next_app(scope)

    async def retrieve_cached_history(self, key: str) -> CacheObject:
        now = int(time.time())
        cached = await self.store.get(key)
        if cached:
            cache_object = CacheObject(**json.loads(cached))
            if cache_object.reset > now:
                return cache_object
        return CacheObject(history=[], reset=now + self.duration)

    async def set_cached_history(self, key: str, cache_object: CacheObject) -> None:
        cache_object.history = [int(time.time()), *cache_object.history]
        await self.store.set(key, json.dumps(asdict(cache_object)).encode(), expires_in=self.duration)


async def endpoint(scope: Dict[str, Any]) -> None:
    await asyncio.sleep(0)


async def serve_burst() -> None:
    middleware = RateLimitMiddleware(max_requests=1, store=MemoryStore())
    requests = [middleware.handle({"client": "10.0.0.1"}, endpoint) for _ in range(10)]
    await asyncio.gather(*requests, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(serve_burst())
