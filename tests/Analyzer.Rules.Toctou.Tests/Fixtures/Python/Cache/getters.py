import redis


class TicketDesk:
    """Reaches its client through a getter, as cache backends do (client = self.get_client())."""

    def __init__(self, url):
        self._client = redis.from_url(url)

    def get_client(self):
        return self._client

    def claim(self, ticket, agent):
        client = self.get_client()
        if client.exists(ticket):
            return False
        client.set(ticket, agent)  # Noncompliant [TOCTOU005] {{client.exists reads key ticket at line 15 and sets it at line 17 when it was missing; another client can set it in between}}
        return True

    def claim_atomically(self, ticket, agent):
        return bool(self.get_client().set(ticket, agent, nx=True))


class LazyDesk:
    """Connects on first use: the field starts as None, and its name says what it holds."""

    def __init__(self, url):
        self._url = url
        self._redis = None

    def connection(self):
        if self._redis is None:
            self._redis = self._connect()
        return self._redis

    def _connect(self):
        return redis.from_url(self._url)

    def claim(self, ticket, agent):
        conn = self.connection()
        if not conn.exists(ticket):
            conn.set(ticket, agent)  # Noncompliant [TOCTOU005] {{conn.exists reads key ticket at line 41 and sets it at line 42 when it was missing; another client can set it in between}}


class Roster:
    """A getter that returns a plain dict is no Redis client."""

    def __init__(self):
        self._names = {}

    def names(self):
        return self._names

    def add(self, name):
        names = self.names()
        if not names.get(name):
            names.setdefault(name, True)
