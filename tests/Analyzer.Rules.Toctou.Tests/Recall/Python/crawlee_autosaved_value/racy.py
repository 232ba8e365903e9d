# https://github.com/apify/crawlee-python/issues/856 (fixed by https://github.com/apify/crawlee-python/pull/868)
# KeyValueStore.get_auto_saved_value (behind context.use_state) checked the class-level cache for the key,
# awaited the record from storage on a miss, and then stored the dict in the cache. Two request handlers
# running as concurrent asyncio tasks could both miss, both load, and each get its own dict, so one
# handler's updates were lost. The fix holds an asyncio.Lock across the check, the load and the store.
from __future__ import annotations

import asyncio
from typing import Any, ClassVar


class MemoryKeyValueStoreClient:
    """Stands in for the storage resource client; get_record/set_record do I/O in the real code."""

    def __init__(self) -> None:
        self._records: dict[str, Any] = {}

    async def get_record(self, key: str) -> Any:
        await asyncio.sleep(0)
        return self._records.get(key)

    async def set_record(self, key: str, value: Any) -> None:
        await asyncio.sleep(0)
        self._records[key] = value


class KeyValueStore:
    # Cache for persistent (auto-saved) values
    _general_cache: ClassVar[dict[str, dict[str, dict[str, Any]]]] = {}

    def __init__(self, id: str, resource_client: MemoryKeyValueStoreClient) -> None:
        self._id = id
        self._resource_client = resource_client

    async def get_value(self, key: str, default_value: Any = None) -> Any:
        record = await self._resource_client.get_record(key)
        return record if record is not None else default_value

    async def set_value(self, key: str, value: Any) -> None:
        await self._resource_client.set_record(key, value)

    async def get_auto_saved_value(self, key: str, default_value: dict[str, Any] | None = None) -> dict[str, Any]:
        """Get a value from KVS that will be automatically saved on changes."""
        default_value = {} if default_value is None else default_value

        if key in self._cache:
            return self._cache[key]

        value = await self.get_value(key, default_value)

        if not isinstance(value, dict):
            raise TypeError(f'Expected dictionary for persist state value at key "{key}", got {type(value).__name__}')

        self._cache[key] = value  # Noncompliant
        return value

    @property
    def _cache(self) -> dict[str, dict[str, Any]]:
        """Cache dictionary for storing auto-saved values indexed by store ID."""
        if self._id not in self._general_cache:
            self._general_cache[self._id] = {}
        return self._general_cache[self._id]

    async def persist_autosaved_values(self) -> None:
        for key, value in self._cache.items():
            await self.set_value(key, value)


class BasicCrawler:
    def __init__(self, key_value_store: KeyValueStore) -> None:
        self._key_value_store = key_value_store

    async def _use_state(self, key: str, default_value: dict[str, Any] | None = None) -> dict[str, Any]:
        # Called from request handlers, which the crawler runs as concurrent asyncio tasks.
        return await self._key_value_store.get_auto_saved_value(key, default_value)
