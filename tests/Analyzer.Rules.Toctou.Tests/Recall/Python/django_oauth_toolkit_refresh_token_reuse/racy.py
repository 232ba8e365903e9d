# https://github.com/django-oauth/django-oauth-toolkit/pull/639
# validate_refresh_token() loaded the unrevoked RefreshToken row onto the request; save_bearer_token()
# later revoked that in-memory copy and minted new tokens. Two refresh requests on different workers
# both passed the check, so one refresh token was consumed twice (issue #638: IntegrityError/DoesNotExist).
# Fix: save_bearer_token re-reads the row with select_for_update() inside its transaction.
import threading
import time


class RefreshTokenRow:
    def __init__(self, pk, token, application):
        self.pk = pk
        self.token = token
        self.application = application
        self.revoked = None


class TokenDB:
    """Stand-in for the ORM tables shared by all worker processes."""

    def __init__(self):
        self.refresh_tokens = {1: RefreshTokenRow(1, "rt-abc", "app")}
        self.access_tokens = []
        self.row_locks = {1: threading.Lock()}

    def get_refresh_token(self, token):
        for row in self.refresh_tokens.values():
            if row.token == token and row.revoked is None:
                return row
        raise LookupError("RefreshToken.DoesNotExist")

    def create_access_token(self, source_refresh_token):
        self.access_tokens.append(("at-%d" % len(self.access_tokens), source_refresh_token))


class Request:
    def __init__(self, refresh_token):
        self.refresh_token = refresh_token
        self.refresh_token_instance = None


class OAuth2Validator:
    def __init__(self, db):
        self.db = db

    def validate_refresh_token(self, refresh_token, client, request):
        try:
            rt = self.db.get_refresh_token(refresh_token)
        except LookupError:
            return False
        request.refresh_token_instance = rt
        return rt.application == client

    def save_bearer_token(self, request):
        rt = request.refresh_token_instance
        time.sleep(0.01)  # token generation, other DB work
        rt.revoked = time.time()
        self.db.create_access_token(source_refresh_token=rt.pk)  # Noncompliant


def token_endpoint(validator, refresh_token):
    request = Request(refresh_token)
    if validator.validate_refresh_token(refresh_token, "app", request):
        validator.save_bearer_token(request)


if __name__ == "__main__":
    validator = OAuth2Validator(TokenDB())
    workers = [threading.Thread(target=token_endpoint, args=(validator, "rt-abc")) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(len(validator.db.access_tokens), "access tokens minted from one refresh token")
