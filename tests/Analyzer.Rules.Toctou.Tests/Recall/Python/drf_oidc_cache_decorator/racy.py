# https://github.com/ByteInternet/drf-oidc-auth/pull/23
# The cache decorator looked the arguments up in its cache and, on a miss, called the function and added the result;
# under a multithreaded server two threads both missed, and the second add_to_cache raised because the key was already
# cached. The fix protects the lookup, the call and the add with a threading.Lock.
import time


class cache:
    def __init__(self, ttl):
        self.ttl = ttl
        self.cached_values = {}

    def purge_expired(self, now):
        for key, (value, expires_at) in list(self.cached_values.items()):
            if expires_at < now:
                del self.cached_values[key]

    def get_from_cache(self, key):
        entry = self.cached_values.get(key)
        return entry[0] if entry else None

    def add_to_cache(self, key, value, now):
        if key in self.cached_values:
            raise KeyError(f"{key!r} is already cached")
        self.cached_values[key] = (value, now + self.ttl)

    def __call__(self, fn):
        def wrapped(this, *args):
            now = time.time()
            self.purge_expired(now)
            cached_value = self.get_from_cache(args)
            if cached_value is None:
                cached_value = fn(this, *args)
                self.add_to_cache(args, cached_value, now)  # Noncompliant [TOCTOU001]
            return cached_value

        return wrapped


class BearerTokenAuthentication:
    @cache(ttl=300)
    def get_userinfo(self, token):
        return {"sub": token}
