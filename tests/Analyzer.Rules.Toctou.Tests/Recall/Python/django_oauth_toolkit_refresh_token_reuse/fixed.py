# https://github.com/django-oauth/django-oauth-toolkit/pull/639
# Fixed version: inside the save transaction the refresh token row is fetched again with
# select_for_update(), so a second request blocks until the first commits and then sees the
# token already revoked instead of acting on its stale in-memory copy.
import threading
import time
from contextlib import contextmanager


class LockedRefreshTokenRow:
    def __init__(self, pk, token, application):
        self.pk = pk
        self.token = token
        self.application = application
        self.revoked = None


class LockingTokenDB:
    def __init__(self):
        self.refresh_tokens = {1: LockedRefreshTokenRow(1, "rt-abc", "app")}
        self.access_tokens = []
        self.row_locks = {1: threading.Lock()}

    def find_refresh_token(self, token):
        for row in self.refresh_tokens.values():
            if row.token == token and row.revoked is None:
                return row
        raise LookupError("RefreshToken.DoesNotExist")

    @contextmanager
    def select_for_update(self, pk):
        lock = self.row_locks[pk]
        with lock:  # row lock held until the transaction ends
            yield self.refresh_tokens[pk]

    def insert_access_token(self, source_refresh_token):
        self.access_tokens.append(("at-%d" % len(self.access_tokens), source_refresh_token))


class TokenRequest:
    def __init__(self, refresh_token):
        self.refresh_token = refresh_token
        self.refresh_token_instance = None


class LockingOAuth2Validator:
    def __init__(self, db):
        self.db = db

    def check_refresh_token(self, refresh_token, client, request):
        try:
            rt = self.db.find_refresh_token(refresh_token)
        except LookupError:
            return False
        request.refresh_token_instance = rt
        return rt.application == client

    def store_bearer_token(self, request):
        with self.db.select_for_update(request.refresh_token_instance.pk) as rt:
            request.refresh_token_instance = rt
            if rt.revoked is not None:
                raise PermissionError("invalid_grant")
            time.sleep(0.01)
            rt.revoked = time.time()
            self.db.insert_access_token(source_refresh_token=rt.pk)


def locked_token_endpoint(validator, refresh_token):
    request = TokenRequest(refresh_token)
    if validator.check_refresh_token(refresh_token, "app", request):
        try:
            validator.store_bearer_token(request)
        except PermissionError:
            pass


if __name__ == "__main__":
    validator = LockingOAuth2Validator(LockingTokenDB())
    workers = [threading.Thread(target=locked_token_endpoint, args=(validator, "rt-abc")) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(len(validator.db.access_tokens), "access token(s) minted")
