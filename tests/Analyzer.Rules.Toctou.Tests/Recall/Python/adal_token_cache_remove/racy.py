# https://github.com/AzureAD/azure-activedirectory-library-for-python/issues/123
# acquire_token() called from a ThreadPoolExecutor shares one TokenCache. When the cached
# token expires, every thread finds the same stale entry (find) and then removes it
# (remove); the second thread's dict.pop(key) raises KeyError. Fixed in PR #128: the cache
# takes an RLock in find/add/remove and remove() uses pop(key, None) to tolerate the loss.
import time
from concurrent.futures import ThreadPoolExecutor


class TokenCacheKey(object):
    def __init__(self, authority, resource, client_id, user_id):
        self.parts = (authority, resource, client_id, user_id)

    def __hash__(self):
        return hash(self.parts)

    def __eq__(self, other):
        return self.parts == other.parts


def _get_cache_key(entry):
    return TokenCacheKey(entry.get("_authority"), entry.get("resource"),
                         entry.get("_clientId"), entry.get("userId"))


class TokenCache(object):
    # no lock: the library left a "TODO: ensure thread safety" here
    def __init__(self):
        self._cache = {}

    def find(self, query):
        return [v for v in self._cache.values()
                if query.get("userId") in (None, v.get("userId"))]

    def remove(self, entries):
        for e in entries:
            key = _get_cache_key(e)
            self._cache.pop(key)  # Noncompliant

    def add(self, entries):
        for e in entries:
            self._cache[_get_cache_key(e)] = e


class CacheDriver(object):
    def __init__(self, cache, refresh):
        self._cache = cache
        self._refresh = refresh

    def find(self, query):
        entries = self._cache.find(query)
        if not entries:
            return None
        entry = entries[0]
        if entry["expiresOn"] > time.time():
            return entry
        new_entry = self._refresh(entry)
        self._cache.remove([entry])
        self._cache.add([new_entry])
        return new_entry


def acquire_token_in_parallel(driver, user_id, n=8):
    with ThreadPoolExecutor(max_workers=n) as pool:
        futures = [pool.submit(driver.find, {"userId": user_id}) for _ in range(n)]
        return [f.result() for f in futures]
