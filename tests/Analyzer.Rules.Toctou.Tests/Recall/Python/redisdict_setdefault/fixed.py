# https://github.com/Attumm/redis-dict/issues/60
# Fixed version: setdefault issues one SET ... NX GET command; Redis only writes
# when the key is absent and returns the existing value otherwise.
from typing import Any, Optional, Tuple

import redis


class SafeRedisDict:
    def __init__(self, namespace: str = "main", expire: Optional[int] = None, **redis_kwargs):
        self.namespace = namespace
        self.expire = expire
        self.redis = redis.StrictRedis(decode_responses=True, **redis_kwargs)
        self.get_redis = self.redis

    def _key(self, key: str) -> str:
        return f"{self.namespace}:{key}"

    def _encode(self, key: str, value: Any) -> str:
        return f"{type(value).__name__}:{value}"

    def _decode(self, result: str) -> Any:
        _type, value = result.split(":", 1)
        return value

    def _put(self, key: str, value: Any) -> None:
        self.redis.set(self._key(key), self._encode(key, value), ex=self.expire)

    def _fetch(self, key: str) -> Tuple[bool, Any]:
        result = self.get_redis.get(self._key(key))
        if result is None:
            return False, None
        return True, self._decode(result)

    def __setitem__(self, key: str, value: Any) -> None:
        self._put(key, value)

    def __getitem__(self, key: str) -> Any:
        found, value = self._fetch(key)
        if not found:
            raise KeyError(key)
        return value

    def setdefault(self, key: str, default_value: Optional[Any] = None) -> Any:
        args = ["SET", self._key(key), self._encode(key, default_value), "NX", "GET"]
        if self.expire is not None:
            args.extend(["EX", str(self.expire)])
        result = self.get_redis.execute_command(*args, get=True)
        if result is None:
            return default_value
        return self._decode(result)
