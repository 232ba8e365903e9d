# https://github.com/aio-libs/aiohttp/pull/4937
# Fixed version: a newcomer also joins the queue whenever waiters exist for the key, so it
# cannot take the slot that _wake_next_waiter just handed to a queued task.
import asyncio
import random
from collections import defaultdict, deque


class QueueFairConnector:
    def __init__(self, limit=100, limit_per_host=0, loop=None):
        self._loop = loop or asyncio.get_event_loop()
        self._limit = limit
        self._limit_per_host = limit_per_host
        self._acquired = set()
        self._acquired_per_host = defaultdict(set)
        self._conns = {}
        self._waiters = defaultdict(deque)

    def _free_slots(self, key):
        if self._limit:
            available = self._limit - len(self._acquired)
            if self._limit_per_host and available > 0 and key in self._acquired_per_host:
                available = self._limit_per_host - len(self._acquired_per_host[key])
        elif self._limit_per_host and key in self._acquired_per_host:
            available = self._limit_per_host - len(self._acquired_per_host[key])
        else:
            available = 1
        return available

    async def acquire_connection(self, req):
        key = req.connection_key
        available = self._free_slots(key)
        # Wait if there are no available connections or if there are/were
        # waiters (i.e. don't steal connection from a waiter about to wake up)
        if available <= 0 or key in self._waiters:
            fut = self._loop.create_future()
            self._waiters[key].append(fut)
            try:
                await fut
            finally:
                if key in self._waiters and not self._waiters[key]:
                    del self._waiters[key]

        proto = self._pop_idle(key)
        if proto is None:
            proto = await self._open_transport(req)
        self._acquired.add(proto)
        self._acquired_per_host[key].add(proto)
        return proto

    def _pop_idle(self, key):
        conns = self._conns.get(key)
        if not conns:
            self._conns.pop(key, None)
            return None
        proto, _ = conns.pop()
        if not conns:
            del self._conns[key]
        return proto

    def _wake_next_waiter(self):
        if not self._waiters:
            return
        queues = list(self._waiters.keys())
        random.shuffle(queues)
        for key in queues:
            if self._free_slots(key) < 1:
                continue
            waiters = self._waiters[key]
            while waiters:
                waiter = waiters.popleft()
                if not waiter.done():
                    waiter.set_result(None)
                    return

    def give_back(self, key, proto):
        self._acquired.discard(proto)
        self._acquired_per_host[key].discard(proto)
        self._wake_next_waiter()
        self._conns.setdefault(key, []).append((proto, self._loop.time()))

    async def _open_transport(self, req):
        raise NotImplementedError
