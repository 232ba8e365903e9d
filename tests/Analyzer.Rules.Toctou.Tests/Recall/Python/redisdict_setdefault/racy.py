# https://github.com/Attumm/redis-dict/issues/60
# RedisDict.setdefault did GET on the namespaced key and, when nothing was found,
# SET the default. Another process/instance sharing the Redis namespace can set
# the key in between, and its value is then overwritten. Fix: a single
# "SET key value NX GET" command so the check and the write happen in Redis at once.
from typing import Any, Optional, Tuple

import redis


class RedisDict:
    def __init__(self, namespace: str = "main", expire: Optional[int] = None, **redis_kwargs):
        self.namespace = namespace
        self.expire = expire
        self.redis = redis.StrictRedis(decode_responses=True, **redis_kwargs)
        self.get_redis = self.redis

    def _format_key(self, key: str) -> str:
        return f"{self.namespace}:{key}"

    def _format_value(self, key: str, value: Any) -> str:
        return f"{type(value).__name__}:{value}"

    def _transform(self, result: str) -> Any:
        _type, value = result.split(":", 1)
        return value

    def _store(self, key: str, value: Any) -> None:
        self.redis.set(self._format_key(key), self._format_value(key, value), ex=self.expire)

    def _load(self, key: str) -> Tuple[bool, Any]:
        result = self.get_redis.get(self._format_key(key))
        if result is None:
            return False, None
        return True, self._transform(result)

    def __setitem__(self, key: str, value: Any) -> None:
        self._store(key, value)

    def __getitem__(self, key: str) -> Any:
        found, value = self._load(key)
        if not found:
            raise KeyError(key)
        return value

    def setdefault(self, key: str, default_value: Optional[Any] = None) -> Any:
        found, value = self._load(key)
        if not found:
            self._store(key, default_value)  # Noncompliant
            return default_value
        return value
