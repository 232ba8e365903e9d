# https://github.com/frappe/frappe/pull/40399
# Fixed version: the refresh path takes a per-token-cache file lock; after acquiring it the
# worker reloads the cached token and refreshes only if it is still expired, so one refresh
# happens per expired token and other workers reuse the new credentials.
import fcntl
import os
import tempfile
import threading
import time
from contextlib import contextmanager


@contextmanager
def filelock(name):
    path = os.path.join(tempfile.gettempdir(), name + ".lock")
    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class StoredTokenCache:
    store = {}

    def __init__(self, name):
        self.name = name
        self.reload()

    def reload(self):
        row = StoredTokenCache.store[self.name]
        self.access_token, self.refresh_token, self.expires_at = row

    def has_expired(self):
        return time.time() >= self.expires_at

    def store_new_token(self, data):
        self.access_token = data["access_token"]
        self.refresh_token = data["refresh_token"]
        self.expires_at = time.time() + data["expires_in"]
        StoredTokenCache.store[self.name] = (self.access_token, self.refresh_token, self.expires_at)


class RotatingProvider:
    def __init__(self):
        self.valid_refresh = {"rt-0"}
        self.counter = 0

    def exchange_refresh_token(self, refresh_token):
        if refresh_token not in self.valid_refresh:
            raise PermissionError("invalid_grant: refresh token already used")
        self.valid_refresh.discard(refresh_token)
        self.counter += 1
        new_rt = "rt-%d" % self.counter
        self.valid_refresh.add(new_rt)
        return {"access_token": "at-%d" % self.counter, "refresh_token": new_rt, "expires_in": 3600}


class LockedConnectedApp:
    def __init__(self, provider, cache_name):
        self.provider = provider
        self.cache_name = cache_name

    def get_active_token_locked(self, user):
        token_cache = StoredTokenCache(self.cache_name)
        if not token_cache.has_expired():
            return token_cache
        with filelock("connected_app_token_" + token_cache.name):
            token_cache.reload()
            if token_cache.has_expired():
                token = self.provider.exchange_refresh_token(token_cache.refresh_token)
                token_cache.store_new_token(token)
        return token_cache


if __name__ == "__main__":
    StoredTokenCache.store["tc-1"] = ("at-0", "rt-0", time.time() - 1)
    app = LockedConnectedApp(RotatingProvider(), "tc-1")
    workers = [threading.Thread(target=app.get_active_token_locked, args=("u",)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
