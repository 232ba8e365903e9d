# https://github.com/mozilla-services/ldappool/issues/10
# Fixed (mozilla-services/ldappool#11): the size check and the creation and
# append of the new connector happen under one hold of the pool lock.
import threading


class PoolFullError(Exception):
    pass


class PooledConnector(object):
    def __init__(self, uri, bind, passwd):
        self.uri, self.who, self.cred = uri, bind, passwd
        self.active = False


class SafeConnectionManager(object):
    def __init__(self, uri, bind=None, passwd=None, size=10):
        self.uri, self.bind, self.passwd = uri, bind, passwd
        self.size = size
        self._pool = []
        self._pool_lock = threading.RLock()

    def _find_idle(self, bind, passwd):
        with self._pool_lock:
            for conn in self._pool:
                if not conn.active and conn.who == bind and conn.cred == passwd:
                    conn.active = True
                    return conn
        return None

    def _new_connector(self, bind, passwd):
        return PooledConnector(self.uri, bind, passwd)

    def _acquire(self, bind=None, passwd=None):
        conn = self._find_idle(bind, passwd)
        if conn is not None:
            return conn
        with self._pool_lock:
            if len(self._pool) >= self.size:
                raise PoolFullError(self.uri)
            conn = self._new_connector(bind, passwd)
            conn.active = True
            self._pool.append(conn)
        return conn

    def _release(self, connection):
        with self._pool_lock:
            connection.active = False
