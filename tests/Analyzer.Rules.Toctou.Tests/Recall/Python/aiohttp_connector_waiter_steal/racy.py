# https://github.com/aio-libs/aiohttp/pull/4937
# BaseConnector.connect() computes the free slots and only queues when none is free. When a
# release wakes a queued waiter, a newcomer task can still see the slot as free, take it, and the
# woken waiter then opens one more connection past the limit (issue #4936, a TOC-TOU on the slots).
# Fix: also queue when waiters already exist for the key (`available <= 0 or key in self._waiters`).
import asyncio
import random
from collections import defaultdict, deque


class PoolingConnector:
    def __init__(self, limit=100, limit_per_host=0, loop=None):
        self._loop = loop or asyncio.get_event_loop()
        self._limit = limit
        self._limit_per_host = limit_per_host
        self._acquired = set()
        self._acquired_per_host = defaultdict(set)
        self._conns = {}
        self._waiters = defaultdict(deque)

    def _available_connections(self, key):
        if self._limit:
            available = self._limit - len(self._acquired)
            if self._limit_per_host and available > 0 and key in self._acquired_per_host:
                available = self._limit_per_host - len(self._acquired_per_host[key])
        elif self._limit_per_host and key in self._acquired_per_host:
            available = self._limit_per_host - len(self._acquired_per_host[key])
        else:
            available = 1
        return available

    async def connect(self, req):
        key = req.connection_key
        available = self._available_connections(key)
        if available <= 0:
            fut = self._loop.create_future()
            self._waiters[key].append(fut)
            try:
                await fut
            finally:
                if key in self._waiters and not self._waiters[key]:
                    del self._waiters[key]

        proto = self._get(key)
        if proto is None:
            proto = await self._create_connection(req)
        self._acquired.add(proto)  # Noncompliant
        self._acquired_per_host[key].add(proto)
        return proto

    def _get(self, key):
        conns = self._conns.get(key)
        if not conns:
            self._conns.pop(key, None)
            return None
        proto, _ = conns.pop()
        if not conns:
            del self._conns[key]
        return proto

    def _release_waiter(self):
        if not self._waiters:
            return
        queues = list(self._waiters.keys())
        random.shuffle(queues)
        for key in queues:
            if self._available_connections(key) < 1:
                continue
            waiters = self._waiters[key]
            while waiters:
                waiter = waiters.popleft()
                if not waiter.done():
                    waiter.set_result(None)
                    return

    def release(self, key, proto):
        self._acquired.discard(proto)
        self._acquired_per_host[key].discard(proto)
        self._release_waiter()
        self._conns.setdefault(key, []).append((proto, self._loop.time()))

    async def _create_connection(self, req):
        raise NotImplementedError
