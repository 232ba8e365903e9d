# https://github.com/mozilla-services/ldappool/issues/10
# ConnectionManager._get_connection: several threads sharing one pool each read
# len(self._pool) == size - 1, release the pool lock, then each create and
# append a new connector, so the pool grows past its maximum size. Fix
# (mozilla-services/ldappool#11): check the pool length and append the new
# connector while holding the same lock.
import threading


class MaxConnectionReachedError(Exception):
    pass


class StateConnector(object):
    def __init__(self, uri, bind, passwd):
        self.uri, self.who, self.cred = uri, bind, passwd
        self.active = False


class ConnectionManager(object):
    def __init__(self, uri, bind=None, passwd=None, size=10):
        self.uri, self.bind, self.passwd = uri, bind, passwd
        self.size = size
        self._pool = []
        self._pool_lock = threading.RLock()

    def _match(self, bind, passwd):
        with self._pool_lock:
            for conn in self._pool:
                if not conn.active and conn.who == bind and conn.cred == passwd:
                    conn.active = True
                    return conn
        return None

    def _create_connector(self, bind, passwd):
        return StateConnector(self.uri, bind, passwd)

    def _get_connection(self, bind=None, passwd=None):
        conn = self._match(bind, passwd)
        if conn is not None:
            return conn
        with self._pool_lock:
            full = len(self._pool) >= self.size
        if full:
            raise MaxConnectionReachedError(self.uri)
        conn = self._create_connector(bind, passwd)
        conn.active = True
        with self._pool_lock:
            self._pool.append(conn)  # Noncompliant
        return conn

    def _release_connection(self, connection):
        with self._pool_lock:
            connection.active = False
