# https://github.com/alisaifee/limits/issues/277
# limits.aio MemoryStorage.__expire_events computed the bisect cutoff outside the per-key
# asyncio.Lock (awaiting asyncio.to_thread), then sliced events[key][:cutoff] under the lock;
# an acquire_entry() prepending meanwhile made the slice drop a live entry, letting extra hits
# through. Fix (as in the sync storage): compute the cutoff and slice under the same lock.
import asyncio
import bisect
import time
from collections import defaultdict


class Entry:
    def __init__(self, expiry):
        self.atime = time.time()
        self.expiry = self.atime + expiry


class MemoryStorage:
    def __init__(self):
        self.locks = defaultdict(asyncio.Lock)
        self.events = {}
        self.timer = None

    async def _expire_events(self):
        now = time.time()
        for key in list(self.events.keys()):
            cutoff = await asyncio.to_thread(
                lambda evts: bisect.bisect_left(evts, -now, key=lambda e: -e.expiry),
                self.events[key],
            )
            async with self.locks[key]:
                if self.events.get(key, []):
                    self.events[key] = self.events[key][:cutoff]  # Noncompliant
                if not self.events.get(key, None):
                    self.events.pop(key, None)
                    self.locks.pop(key, None)

    async def _schedule_expiry(self):
        if not self.timer or self.timer.done():
            self.timer = asyncio.create_task(self._expire_events())

    async def acquire_entry(self, key, limit, expiry, amount=1):
        if amount > limit:
            return False
        await self._schedule_expiry()
        async with self.locks[key]:
            self.events.setdefault(key, [])
            timestamp = time.time()
            try:
                entry = self.events[key][limit - amount]
            except IndexError:
                entry = None
            if entry and entry.atime >= timestamp - expiry:
                return False
            self.events[key][:0] = [Entry(expiry)] * amount
            return True


async def hit(storage, key):
    await asyncio.sleep(0.01)
    return await storage.acquire_entry(key, limit=4, expiry=86400)


async def main():
    storage = MemoryStorage()
    results = await asyncio.gather(*(hit(storage, "user-1") for _ in range(1000)))
    print("allowed", sum(results), "expected 4")


if __name__ == "__main__":
    asyncio.run(main())
