# https://github.com/AzureAD/azure-activedirectory-library-for-python/issues/123
# Fix from PR #128 (https://github.com/AzureAD/azure-activedirectory-library-for-python/pull/128):
# every TokenCache method runs under one RLock and remove() pops with a default, so a
# thread whose stale entry was already removed by another thread no longer fails.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class LockedTokenCacheKey(object):
    def __init__(self, authority, resource, client_id, user_id):
        self.parts = (authority, resource, client_id, user_id)

    def __hash__(self):
        return hash(self.parts)

    def __eq__(self, other):
        return self.parts == other.parts


def _locked_cache_key(entry):
    return LockedTokenCacheKey(entry.get("_authority"), entry.get("resource"),
                               entry.get("_clientId"), entry.get("userId"))


class LockedTokenCache(object):
    def __init__(self):
        self._cache = {}
        self._lock = threading.RLock()
        self.has_state_changed = False

    def find(self, query):
        with self._lock:
            return [v for v in self._cache.values()
                    if query.get("userId") in (None, v.get("userId"))]

    def remove(self, entries):
        with self._lock:
            for e in entries:
                key = _locked_cache_key(e)
                removed = self._cache.pop(key, None)
                if removed is not None:
                    self.has_state_changed = True

    def add(self, entries):
        with self._lock:
            for e in entries:
                self._cache[_locked_cache_key(e)] = e
            self.has_state_changed = True


class LockedCacheDriver(object):
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


def acquire_token_with_lock_in_parallel(driver, user_id, n=8):
    with ThreadPoolExecutor(max_workers=n) as pool:
        futures = [pool.submit(driver.find, {"userId": user_id}) for _ in range(n)]
        return [f.result() for f in futures]
