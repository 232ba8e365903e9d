# https://github.com/mthamil107/prompt-shield/issues/33
# https://github.com/mthamil107/prompt-shield/pull/35
# ToolResultGuard.ascan() runs the synchronous scan() on the default executor, so
# parallel tool calls (pydantic-ai) run scan() on several threads against one shared
# OrderedDict LRU cache. scan() tested `key in self._cache` and then called
# move_to_end(key); another thread's eviction (popitem(last=False)) could remove the key
# in between, raising KeyError and aborting the agent run. Fix: a per-guard
# threading.Lock held across the membership test + move_to_end and across insert + evict.
import asyncio
import hashlib
from collections import OrderedDict


def run_detectors(text):
    return {"text": text, "detections": []}


class ToolResultGuard:
    def __init__(self, cache_size=128):
        self.cache_size = cache_size
        self._cache = OrderedDict()

    def _key(self, text, tool_name):
        return hashlib.sha256(f"{text}|{tool_name}".encode()).hexdigest()

    def scan(self, text, tool_name=None):
        key = self._key(text, tool_name)
        if key in self._cache:
            self._cache.move_to_end(key)  # Noncompliant
            return self._cache[key]  # Noncompliant

        report = run_detectors(text)

        self._cache[key] = report
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)  # Noncompliant
        return report

    async def ascan(self, text, tool_name=None):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, lambda: self.scan(text, tool_name))


async def run_parallel_tools(guard, results):
    return await asyncio.gather(*(guard.ascan(r, "web_search") for r in results))


if __name__ == "__main__":
    shared_guard = ToolResultGuard(cache_size=4)
    payloads = [f"result {i % 6}" for i in range(64)]
    asyncio.run(run_parallel_tools(shared_guard, payloads))
