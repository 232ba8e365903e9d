# https://github.com/carta/flipper-client/pull/32
# CachedFeatureFlagStore.get() asked the TTL LRU cache whether it held the flag and then
# indexed it. The entry can expire (TTL, checked on every access by any request thread)
# between the membership test and the read, raising a rare KeyError.
# Fix: a single read with try/except KeyError (EAFP), falling back to the backing store.
from threading import Thread
from typing import Optional

from lru import LRUCacheDict


class FeatureFlagStoreItem:
    def __init__(self, feature_name: str, is_enabled: bool) -> None:
        self.feature_name = feature_name
        self.is_enabled = is_enabled


class BackingStore:
    def get(self, feature_name: str) -> Optional[FeatureFlagStoreItem]:
        return FeatureFlagStoreItem(feature_name, True)

    def set(self, feature_name: str, is_enabled: bool) -> None:
        pass


class RacyCachedFeatureFlagStore:
    def __init__(self, store: BackingStore, **cache_options) -> None:
        self._cache = LRUCacheDict(**cache_options)
        self._store = store

    def get(self, feature_name: str) -> Optional[FeatureFlagStoreItem]:
        if feature_name in self._cache:
            return self._cache[feature_name]  # Noncompliant
        value = self._store.get(feature_name)
        self._cache[feature_name] = value
        return value

    def set(self, feature_name: str, is_enabled: bool) -> None:
        self._store.set(feature_name, is_enabled)
        self._cache[feature_name] = FeatureFlagStoreItem(feature_name, is_enabled)


def serve_requests() -> None:
    flags = RacyCachedFeatureFlagStore(
        BackingStore(), max_size=128, expiration=1, thread_clear=True, concurrent=True
    )
    handlers = [Thread(target=lambda: [flags.get("new_ui") for _ in range(1000)]) for _ in range(8)]
    for h in handlers:
        h.start()
    for h in handlers:
        h.join()
