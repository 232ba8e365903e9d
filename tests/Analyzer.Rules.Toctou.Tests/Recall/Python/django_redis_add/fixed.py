# https://github.com/jazzband/django-redis/pull/33 (issue https://github.com/jazzband/django-redis/issues/29)
# Fixed version: SETNX stores the value only if the key is absent, in one Redis command; the expiry follows.


class SetnxClient:
    def __init__(self, server, params, backend):
        self._backend = backend
        self._server = server
        self._client = None

    def get_client(self, write=True):
        if self._client is None:
            self._client = self._backend.connect(self._server)
        return self._client

    def make_key(self, key, version=None):
        return ":%s:%s" % (version or 1, key)

    def add(self, key, value, timeout=None, version=None, client=None):
        if client is None:
            client = self.get_client(write=True)
        key = self.make_key(key, version=version)
        if not client.setnx(key, value):
            return False
        if timeout is not None:
            client.expire(key, int(timeout))
        return True
