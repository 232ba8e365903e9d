import asyncio
from collections import OrderedDict


class ResultCache:
    def __init__(self):
        self._entries = OrderedDict()

    def cached(self, key):
        if key in self._entries:  # Secondary [check]
            self._entries.move_to_end(key)  # Noncompliant [TOCTOU001] {{self._entries is checked at line 10 and changed at line 11 by self._entries.move_to_end(key) and at line 13 by self._entries[key], with no lock held at either point, while cached is started in parallel at line 18}}
            return self._entries[key]
        self._entries[key] = key.upper()
        return self._entries[key]

    async def cached_async(self, key):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, lambda: self.cached(key))


# The cache is handed in untyped; the one class of the package with cached_async is what it holds, and each key's
# lookup runs on an executor thread of its own.
async def cached_all(cache, keys):
    return await asyncio.gather(*(cache.cached_async(k) for k in keys))
