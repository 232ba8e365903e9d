# https://github.com/jazzband/django-redis/issues/181
# DefaultClient._incr() first asked Redis whether the key EXISTS and then sent INCRBY. If
# the key expires or is deleted by another client between the two round trips, INCRBY
# recreates it as 0+delta with no TTL, so a cache counter silently becomes permanent.
# Fix (PR #206): run exists-then-incr as one Lua script via EVAL, atomically on the server.
from redis import Redis
from redis.exceptions import ResponseError


class CacheKey(str):
    @property
    def original_key(self):
        return self


class DefaultCacheClient(object):
    """Django cache client; one instance is used by all request threads/processes."""

    def __init__(self, url="redis://localhost:6379/1"):
        self._client = Redis.from_url(url)

    def get_client(self, write=True):
        return self._client

    def make_key(self, key, version=None):
        return CacheKey(":%s:%s" % (version or 1, key))

    def _incr(self, key, delta=1, version=None, client=None, ignore_key_check=False):
        if client is None:
            client = self.get_client(write=True)
        key = self.make_key(key, version=version)

        if not ignore_key_check and not client.exists(key):
            raise ValueError("Key '%s' not found" % key)

        try:
            value = client.incr(key, delta)  # Noncompliant
        except ResponseError:
            # Value is not an integer (pickled); fall back to get/set.
            timeout = client.ttl(key)
            value = int(client.get(key)) + delta
            client.set(key, value, ex=timeout if timeout and timeout > 0 else None)
        return value

    def incr(self, key, delta=1, version=None, client=None):
        return self._incr(key=key, delta=delta, version=version, client=client)

    def decr(self, key, delta=1, version=None, client=None):
        return self._incr(key=key, delta=-delta, version=version, client=client)
