# https://github.com/BerriAI/litellm/issues/20977 (fixed by https://github.com/BerriAI/litellm/pull/34013)
# Fixed shape: increment_cache holds a dedicated `_increment_lock` across the get_cache / add /
# set_cache sequence, so concurrent increments of one key are applied one after the other.
import json
import threading
import time
from typing import Any, Dict, Optional


class LockedInMemoryCache:
    def __init__(self, max_size_in_memory: int = 200, default_ttl: int = 600) -> None:
        self.max_size_in_memory = max_size_in_memory
        self.default_ttl = default_ttl
        self.cache_dict: Dict[str, Any] = {}
        self.ttl_dict: Dict[str, float] = {}
        self._increment_lock = threading.Lock()

    def _remove_key(self, key: str) -> None:
        self.cache_dict.pop(key, None)
        self.ttl_dict.pop(key, None)

    def evict_cache(self) -> None:
        now = time.time()
        for key in [k for k, expires in self.ttl_dict.items() if expires <= now]:
            self._remove_key(key)

    def set_cache(self, key: str, value: Any, ttl: Optional[float] = None) -> None:
        self.evict_cache()
        self.cache_dict[key] = value
        self.ttl_dict[key] = time.time() + (ttl if ttl is not None else self.default_ttl)

    def get_cache(self, key: str) -> Any:
        original_cached_response = self.cache_dict.get(key)
        if original_cached_response is None:
            return None
        try:
            return json.loads(original_cached_response)
        except Exception:
            return original_cached_response

    def increment_cache(self, key: str, value: float, ttl: Optional[float] = None) -> float:
        with self._increment_lock:
            # keep read-modify-write atomic
            init_value = self.get_cache(key=key) or 0
            value = init_value + value
            self.set_cache(key, value, ttl=ttl)
            return value
