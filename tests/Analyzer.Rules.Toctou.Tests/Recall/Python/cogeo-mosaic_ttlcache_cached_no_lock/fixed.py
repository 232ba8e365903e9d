# https://github.com/developmentseed/cogeo-mosaic/pull/238
# Fixed: the memoising decorator gets a threading.Lock, and the cache lookup and the store are both
# done while holding it (what cachetools.cached(cache, key, lock=Lock()) does).
import functools
import json
import threading
from concurrent.futures import ThreadPoolExecutor

from cachetools import TTLCache
from cachetools.keys import hashkey


def cached_with_lock(cache, key, lock):
    def decorate(func):
        @functools.wraps(func)
        def call(*args):
            cache_key = key(*args)
            with lock:
                try:
                    return cache[cache_key]
                except KeyError:
                    pass
            result = func(*args)
            with lock:
                return cache.setdefault(cache_key, result)
        return call
    return decorate


document_cache = TTLCache(maxsize=512, ttl=300)
document_cache_lock = threading.Lock()


class LockedMosaicBackend:
    def __init__(self, url):
        self.url = url
        self.mosaic_def = self.read_document()

    @cached_with_lock(document_cache, key=lambda self: hashkey(self.url), lock=document_cache_lock)
    def read_document(self):
        return json.loads('{"mosaicjson": "0.0.3", "tiles": {}}')


def serve_tile(url):
    return LockedMosaicBackend(url).mosaic_def


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=16) as pool:
        urls = ["https://example.com/mosaic-%d.json" % (i % 8) for i in range(200)]
        print(len(list(pool.map(serve_tile, urls))))
