# https://github.com/jazzband/django-redis/pull/33 (issue https://github.com/jazzband/django-redis/issues/29)
# DefaultClient.add, which must store a value only if the key is absent, asked Redis whether the key existed and then
# set it: two clients calling add() for one key could both see it missing and both store, so add() was not the atomic
# "first one wins" Django's cache API promises. The fix uses Redis SETNX.


class DefaultClient:
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

    def has_key(self, key, version=None, client=None):
        if client is None:
            client = self.get_client(write=False)
        return client.exists(self.make_key(key, version=version))

    def set(self, key, value, timeout=None, version=None, client=None):
        if client is None:
            client = self.get_client(write=True)
        key = self.make_key(key, version=version)
        if timeout is None:
            return client.set(key, value)
        return client.setex(key, value, int(timeout))

    def add(self, key, value, timeout=None, version=None, client=None):
        if client is None:
            client = self.get_client(write=True)
        if self.has_key(key, version=version, client=client):
            return False
        return self.set(key, value, timeout, version=version, client=client)  # Noncompliant
