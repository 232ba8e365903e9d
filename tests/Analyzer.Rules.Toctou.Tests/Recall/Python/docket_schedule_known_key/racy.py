# https://github.com/chrisguidry/docket/pull/100
# schedule() asked Redis whether the key was queued (ZSCORE) and, if not, added the task (XADD, or
# HSET+ZADD for later). Two producers scheduling the same key both saw "not scheduled" and both
# added it, over-scheduling tasks. Fix: a per-key redis.lock() held across the check of a
# `known:<key>` marker and the writes that set the marker and schedule the task.
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Any, AsyncGenerator, Awaitable, Callable

from redis.asyncio import Redis


class Execution:
    def __init__(self, function: Callable[..., Awaitable[Any]], when: datetime, key: str):
        self.function = function
        self.when = when
        self.key = key

    def as_message(self) -> dict[bytes, bytes]:
        return {b"key": self.key.encode(), b"function": self.function.__name__.encode(),
                b"when": self.when.isoformat().encode()}


class Docket:
    def __init__(self, name: str = "docket", url: str = "redis://localhost:6379/0") -> None:
        self.name = name
        self.url = url

    @asynccontextmanager
    async def redis(self) -> AsyncGenerator[Redis, None]:
        async with Redis.from_url(self.url, single_connection_client=True) as redis:
            yield redis

    @property
    def queue_key(self) -> str:
        return f"{self.name}:queue"

    @property
    def stream_key(self) -> str:
        return f"{self.name}:stream"

    def parked_task_key(self, key: str) -> str:
        return f"{self.name}:{key}"

    def add(self, function: Callable[..., Awaitable[Any]], when: datetime, key: str):
        async def scheduler() -> Execution:
            execution = Execution(function, when, key)
            await self.schedule(execution)
            return execution

        return scheduler

    async def schedule(self, execution: Execution) -> None:
        message = execution.as_message()
        key = execution.key
        when = execution.when

        async with self.redis() as redis:
            if await redis.zscore(self.queue_key, key) is not None:
                return

            if when <= datetime.now(timezone.utc):
                await redis.xadd(self.stream_key, message)  # Noncompliant
            else:
                async with redis.pipeline() as pipe:
                    pipe.hset(self.parked_task_key(key), mapping=message)
                    pipe.zadd(self.queue_key, {key: when.timestamp()})
                    await pipe.execute()  # Noncompliant
