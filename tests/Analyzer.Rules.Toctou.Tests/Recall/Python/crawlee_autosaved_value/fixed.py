# https://github.com/apify/crawlee-python/issues/856 (fixed by https://github.com/apify/crawlee-python/pull/868)
# Fixed shape: each store owns an asyncio.Lock, and get_auto_saved_value holds it across the cache
# lookup, the awaited load from storage and the cache insert, so concurrent handlers share one dict.
from __future__ import annotations

import asyncio
from typing import Any, ClassVar


class InMemoryRecordClient:
    def __init__(self) -> None:
        self._records: dict[str, Any] = {}

    async def get_record(self, key: str) -> Any:
        await asyncio.sleep(0)
        return self._records.get(key)

    async def set_record(self, key: str, value: Any) -> None:
        await asyncio.sleep(0)
        self._records[key] = value


class RecordStore:
    # Cache for persistent (auto-saved) values
    _general_cache: ClassVar[dict[str, dict[str, dict[str, Any]]]] = {}

    def __init__(self, id: str, resource_client: InMemoryRecordClient) -> None:
        self._id = id
        self._resource_client = resource_client
        self._autosave_lock = asyncio.Lock()

    async def get_value(self, key: str, default_value: Any = None) -> Any:
        record = await self._resource_client.get_record(key)
        return record if record is not None else default_value

    async def set_value(self, key: str, value: Any) -> None:
        await self._resource_client.set_record(key, value)

    async def get_auto_saved_value(self, key: str, default_value: dict[str, Any] | None = None) -> dict[str, Any]:
        """Get a value from KVS that will be automatically saved on changes."""
        default_value = {} if default_value is None else default_value

        async with self._autosave_lock:
            if key in self._cache:
                return self._cache[key]

            value = await self.get_value(key, default_value)

            if not isinstance(value, dict):
                raise TypeError(f'Expected dictionary for persist state value at key "{key}", got {type(value).__name__}')

            self._cache[key] = value

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


class StateCrawler:
    STATE_KEY = 'CRAWLEE_STATE'

    def __init__(self, record_store: RecordStore) -> None:
        self._record_store = record_store

    async def _use_state(self, default_value: dict[str, Any] | None = None) -> dict[str, Any]:
        # Called from request handlers, which the crawler runs as concurrent asyncio tasks.
        return await self._record_store.get_auto_saved_value(self.STATE_KEY, default_value)
