# https://github.com/frappe/frappe/pull/40399
# ConnectedApp.get_active_token() checked token_cache.is_expired() and then refreshed it with
# the stored refresh token, with no synchronization; several web/background workers seeing the
# same expired token all refreshed, and with rotating refresh tokens all but the first failed.
# Fix: per-token-cache file lock; inside it reload the cache, re-check expiry, then refresh.
import threading
import time


class TokenCache:
    def __init__(self, name, access_token, refresh_token, expires_at):
        self.name = name
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.expires_at = expires_at

    def is_expired(self):
        return time.time() >= self.expires_at

    def update_data(self, data):
        self.access_token = data["access_token"]
        self.refresh_token = data["refresh_token"]
        self.expires_at = time.time() + data["expires_in"]


class OAuthProvider:
    """Rotates refresh tokens: each one may be used only once."""

    def __init__(self):
        self.valid_refresh = {"rt-0"}
        self.counter = 0

    def refresh(self, refresh_token):
        time.sleep(0.01)
        if refresh_token not in self.valid_refresh:
            raise PermissionError("invalid_grant: refresh token already used")
        self.valid_refresh.discard(refresh_token)
        self.counter += 1
        new_rt = "rt-%d" % self.counter
        self.valid_refresh.add(new_rt)
        return {"access_token": "at-%d" % self.counter, "refresh_token": new_rt, "expires_in": 3600}


class ConnectedApp:
    def __init__(self, provider, token_cache):
        self.provider = provider
        self.token_cache = token_cache

    def get_user_token(self, user):
        return self.token_cache

    def get_active_token(self, user):
        token_cache = self.get_user_token(user)
        if token_cache.is_expired():
            token = self.provider.refresh(token_cache.refresh_token)  # Noncompliant
            token_cache.update_data(token)
        return token_cache


if __name__ == "__main__":
    app = ConnectedApp(OAuthProvider(), TokenCache("tc-1", "at-0", "rt-0", time.time() - 1))
    workers = [threading.Thread(target=app.get_active_token, args=("user@example.com",)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
