# https://github.com/developmentseed/cogeo-mosaic/issues/237 (fix: https://github.com/developmentseed/cogeo-mosaic/pull/238)
# Mosaic backends memoise the parsed MosaicJSON document in a module-level cachetools TTLCache through
# cachetools.cached without a lock. titiler serves requests from a thread pool, so one thread misses,
# reads the document and stores it while others store into / expire the same TTLCache; the unsynchronised
# miss-then-store corrupts the cache and every later request fails with KeyError until restart.
# Fix: pass lock=Lock() to cached so lookup and store are done under one lock.
import functools
import json
from concurrent.futures import ThreadPoolExecutor

from cachetools import TTLCache
from cachetools.keys import hashkey


def cached_without_lock(cache, key):
    """Shape of cachetools.cached(cache, key) when no lock is given."""
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            k = key(*args)
            try:
                return cache[k]
            except KeyError:
                pass
            value = func(*args)
            cache[k] = value  # Noncompliant
            return value
        return wrapper
    return decorator


mosaic_cache = TTLCache(maxsize=512, ttl=300)


class HttpMosaicBackend:
    def __init__(self, url):
        self.url = url
        self.mosaic_def = self._read()

    @cached_without_lock(mosaic_cache, key=lambda self: hashkey(self.url))
    def _read(self):
        return json.loads('{"mosaicjson": "0.0.3", "tiles": {}}')


def tile_endpoint(url):
    return HttpMosaicBackend(url).mosaic_def


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=16) as pool:
        urls = ["https://example.com/mosaic-%d.json" % (i % 8) for i in range(200)]
        print(len(list(pool.map(tile_endpoint, urls))))
