# https://github.com/carta/flipper-client/pull/32
# Fixed shape: get() reads the cache once inside try/except KeyError, so an entry that
# expires at any moment just falls through to the backing store instead of crashing.
from threading import Thread
from typing import Optional

from lru import LRUCacheDict


class FlagItem:
    def __init__(self, feature_name: str, is_enabled: bool) -> None:
        self.feature_name = feature_name
        self.is_enabled = is_enabled


class FlagBackend:
    def get(self, feature_name: str) -> Optional[FlagItem]:
        return FlagItem(feature_name, True)

    def set(self, feature_name: str, is_enabled: bool) -> None:
        pass


class SafeCachedFlagStore:
    def __init__(self, store: FlagBackend, **cache_options) -> None:
        self._cache = LRUCacheDict(**cache_options)
        self._store = store

    def get(self, feature_name: str) -> Optional[FlagItem]:
        try:
            return self._cache[feature_name]
        except KeyError:
            pass
        value = self._store.get(feature_name)
        self._cache[feature_name] = value
        return value

    def set(self, feature_name: str, is_enabled: bool) -> None:
        self._store.set(feature_name, is_enabled)
        self._cache[feature_name] = FlagItem(feature_name, is_enabled)


def handle_requests() -> None:
    flags = SafeCachedFlagStore(
        FlagBackend(), max_size=128, expiration=1, thread_clear=True, concurrent=True
    )
    handlers = [Thread(target=lambda: [flags.get("new_ui") for _ in range(1000)]) for _ in range(8)]
    for h in handlers:
        h.start()
    for h in handlers:
        h.join()
