# https://github.com/sebleier/django-redis-cache/pull/34
# cache.add() first asked Redis whether the key EXISTS and, if not, issued a
# plain SET/SETEX. Two Django workers adding the same key can both see "absent"
# and both write, so both get True and the first value is overwritten.
# Fix: let Redis do the check and the write in one command (SETNX).
import pickle

import redis
from django.core.cache.backends.base import BaseCache


class RedisCacheClass(BaseCache):
    def __init__(self, server, params):
        super().__init__(params)
        host, port = server.split(":")
        self._client = redis.Redis(host=host, port=int(port), db=1)

    def _set(self, key, value, timeout, client):
        if timeout == 0:
            return client.set(key, value)
        elif timeout > 0:
            return client.setex(key, int(timeout), value)
        return False

    def set(self, key, value, timeout=None, version=None, client=None):
        if client is None:
            client = self._client
        key = self.make_key(key, version=version)
        if timeout is None:
            timeout = self.default_timeout
        return self._set(key, pickle.dumps(value), int(timeout), client)

    def add(self, key, value, timeout=None, version=None):
        """Add a value to the cache, failing if the key already exists."""
        key = self.make_key(key, version=version)
        if self._client.exists(key):
            return False
        if timeout is None:
            timeout = self.default_timeout
        return self._set(key, pickle.dumps(value), int(timeout), self._client)  # Noncompliant

    def get(self, key, default=None, version=None):
        key = self.make_key(key, version=version)
        value = self._client.get(key)
        if value is None:
            return default
        return pickle.loads(value)

    def delete(self, key, version=None):
        self._client.delete(self.make_key(key, version=version))
