# https://github.com/sebleier/django-redis-cache/pull/34
# Fixed: add() relies on Redis SETNX, which only writes when the key is absent,
# so the existence test and the write are a single server-side operation.
import pickle

import redis
from django.core.cache.backends.base import BaseCache


class SetnxRedisCache(BaseCache):
    def __init__(self, server, params):
        super().__init__(params)
        host, port = server.split(":")
        self._client = redis.Redis(host=host, port=int(port), db=1)

    def _store(self, client, key, value, timeout, add_only=False):
        if timeout is None or timeout == 0:
            if add_only:
                return client.setnx(key, value)
            return client.set(key, value)
        elif timeout > 0:
            if add_only:
                added = client.setnx(key, value)
                if added:
                    client.expire(key, timeout)
                return added
            return client.setex(key, timeout, value)
        return False

    def set(self, key, value, timeout=None, version=None):
        key = self.make_key(key, version=version)
        if timeout is None:
            timeout = self.default_timeout
        return self._store(self._client, key, pickle.dumps(value), int(timeout))

    def add(self, key, value, timeout=None, version=None):
        """Add a value to the cache, failing if the key already exists."""
        key = self.make_key(key, version=version)
        if timeout is None:
            timeout = self.default_timeout
        return self._store(self._client, key, pickle.dumps(value), int(timeout), add_only=True)

    def get(self, key, default=None, version=None):
        key = self.make_key(key, version=version)
        value = self._client.get(key)
        if value is None:
            return default
        return pickle.loads(value)

    def delete(self, key, version=None):
        self._client.delete(self.make_key(key, version=version))
