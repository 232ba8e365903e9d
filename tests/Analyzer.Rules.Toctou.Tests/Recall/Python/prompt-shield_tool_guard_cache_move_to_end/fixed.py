# https://github.com/mthamil107/prompt-shield/pull/35
# Fixed: a per-instance threading.Lock is held across the membership test and
# move_to_end(), and across the insert and the LRU eviction.
import asyncio
import hashlib
import threading
from collections import OrderedDict


def evaluate_detectors(text):
    return {"text": text, "detections": []}


class LockedResultGuard:
    def __init__(self, cache_size=128):
        self.cache_size = cache_size
        self._reports = OrderedDict()
        self._lock = threading.Lock()

    def _digest(self, text, tool_name):
        return hashlib.sha256(f"{text}|{tool_name}".encode()).hexdigest()

    def _cache_lookup(self, key):
        with self._lock:
            if key in self._reports:
                self._reports.move_to_end(key)
                return self._reports[key]
        return None

    def _cache_set(self, key, report):
        with self._lock:
            self._reports[key] = report
            while len(self._reports) > self.cache_size:
                self._reports.popitem(last=False)

    def check(self, text, tool_name=None):
        key = self._digest(text, tool_name)
        cached = self._cache_lookup(key)
        if cached is not None:
            return cached
        report = evaluate_detectors(text)
        self._cache_set(key, report)
        return report

    async def acheck(self, text, tool_name=None):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, lambda: self.check(text, tool_name))


async def check_parallel_tools(guard, results):
    return await asyncio.gather(*(guard.acheck(r, "web_search") for r in results))


if __name__ == "__main__":
    guard_instance = LockedResultGuard(cache_size=4)
    outputs = [f"result {i % 6}" for i in range(64)]
    asyncio.run(check_parallel_tools(guard_instance, outputs))
