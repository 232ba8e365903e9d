# https://github.com/alisaifee/limits/issues/277
# Fixed shape: the expiry sweep reads events[key], computes the bisect cutoff and slices the
# list while holding locks[key], the same lock acquire_entry() holds when it prepends entries,
# so the cutoff always matches the list it is applied to.
import asyncio
import bisect
import time
from collections import defaultdict


class WindowEntry:
    def __init__(self, expiry):
        self.atime = time.time()
        self.expiry = self.atime + expiry


class LockedMemoryStorage:
    def __init__(self):
        self.locks = defaultdict(asyncio.Lock)
        self.events = {}
        self.timer = None

    async def _sweep_expired(self):
        now = time.time()
        for key in list(self.events.keys()):
            async with self.locks[key]:
                if events := self.events.get(key, []):
                    oldest = bisect.bisect_left(events, -now, key=lambda e: -e.expiry)
                    self.events[key] = self.events[key][:oldest]
                if not self.events.get(key, None):
                    self.events.pop(key, None)
                    self.locks.pop(key, None)

    async def _arm_sweep(self):
        if not self.timer or self.timer.done():
            self.timer = asyncio.create_task(self._sweep_expired())

    async def take_entry(self, key, limit, expiry, amount=1):
        if amount > limit:
            return False
        await self._arm_sweep()
        async with self.locks[key]:
            self.events.setdefault(key, [])
            timestamp = time.time()
            try:
                entry = self.events[key][limit - amount]
            except IndexError:
                entry = None
            if entry and entry.atime >= timestamp - expiry:
                return False
            self.events[key][:0] = [WindowEntry(expiry)] * amount
            return True


async def hit_locked(storage, key):
    await asyncio.sleep(0.01)
    return await storage.take_entry(key, limit=4, expiry=86400)


async def main_locked():
    storage = LockedMemoryStorage()
    results = await asyncio.gather(*(hit_locked(storage, "user-1") for _ in range(1000)))
    print("allowed", sum(results), "expected 4")


if __name__ == "__main__":
    asyncio.run(main_locked())
