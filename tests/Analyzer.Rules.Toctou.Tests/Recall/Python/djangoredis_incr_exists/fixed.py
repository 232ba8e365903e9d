# https://github.com/jazzband/django-redis/issues/181
# Fixed version (PR #206, "Added atomic exists-incr to prevent race condition"): the
# existence test and INCRBY run inside one Lua script sent with EVAL, so Redis executes
# them without interleaving another client's DEL/expiry; a nil reply means "not found".
from redis import Redis
from redis.exceptions import ResponseError

EXISTS_INCR_LUA = """
local exists = redis.call('EXISTS', KEYS[1])
if (exists == 1) then
    return redis.call('INCRBY', KEYS[1], ARGV[1])
else return false end
"""


class AtomicIncrCacheClient(object):
    def __init__(self, url="redis://localhost:6379/1"):
        self._client = Redis.from_url(url)

    def get_client(self, write=True):
        return self._client

    def make_key(self, key, version=None):
        return ":%s:%s" % (version or 1, key)

    def _atomic_incr(self, key, delta=1, version=None, client=None, ignore_key_check=False):
        if client is None:
            client = self.get_client(write=True)
        key = self.make_key(key, version=version)

        try:
            if ignore_key_check:
                value = client.incr(key, delta)
            else:
                value = client.eval(EXISTS_INCR_LUA, 1, key, delta)
                if value is None:
                    raise ValueError("Key '%s' not found" % key)
        except ResponseError:
            timeout = client.ttl(key)
            value = int(client.get(key)) + delta
            client.set(key, value, ex=timeout if timeout and timeout > 0 else None)
        return value

    def increment(self, key, delta=1, version=None, client=None):
        return self._atomic_incr(key=key, delta=delta, version=version, client=client)
