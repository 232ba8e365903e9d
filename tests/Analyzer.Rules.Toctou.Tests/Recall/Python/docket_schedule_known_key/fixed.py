# https://github.com/chrisguidry/docket/pull/100
# Fixed shape: scheduling takes a per-key Redis lock (redis.lock("<known>:lock")), checks a
# `known:<key>` marker that covers both stream and queue, and writes the marker plus the task
# while still holding the lock (later releases run these writes as a Lua script in the same lock).
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Any, AsyncGenerator, Awaitable, Callable

from redis.asyncio import Redis


class TaskRun:
    def __init__(self, function: Callable[..., Awaitable[Any]], when: datetime, key: str):
        self.function = function
        self.when = when
        self.key = key

    def to_message(self) -> dict[bytes, bytes]:
        return {b"key": self.key.encode(), b"function": self.function.__name__.encode(),
                b"when": self.when.isoformat().encode()}


class LockedDocket:
    def __init__(self, name: str = "docket", url: str = "redis://localhost:6379/0") -> None:
        self.name = name
        self.url = url

    @asynccontextmanager
    async def connection(self) -> AsyncGenerator[Redis, None]:
        async with Redis.from_url(self.url, single_connection_client=True) as redis:
            yield redis

    @property
    def queue_name(self) -> str:
        return f"{self.name}:queue"

    @property
    def stream_name(self) -> str:
        return f"{self.name}:stream"

    def known_task_key(self, key: str) -> str:
        return f"{self.name}:known:{key}"

    def parked_key(self, key: str) -> str:
        return f"{self.name}:{key}"

    def submit(self, function: Callable[..., Awaitable[Any]], when: datetime, key: str):
        async def scheduler() -> TaskRun:
            run = TaskRun(function, when, key)
            await self.enqueue(run)
            return run

        return scheduler

    async def enqueue(self, run: TaskRun) -> None:
        message = run.to_message()
        key = run.key
        when = run.when
        known_task_key = self.known_task_key(key)

        async with self.connection() as redis:
            async with redis.lock(f"{known_task_key}:lock", timeout=10):
                if await redis.exists(known_task_key):
                    return
                async with redis.pipeline() as pipeline:
                    pipeline.set(known_task_key, when.timestamp())
                    if when <= datetime.now(timezone.utc):
                        pipeline.xadd(self.stream_name, message)
                    else:
                        pipeline.hset(self.parked_key(key), mapping=message)
                        pipeline.zadd(self.queue_name, {key: when.timestamp()})
                    await pipeline.execute()
