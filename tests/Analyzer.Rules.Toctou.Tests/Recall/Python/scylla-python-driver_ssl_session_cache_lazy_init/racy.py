# https://github.com/scylladb/python-driver/issues/1018
# Cluster.ssl_session_cache lazily creates its default SSL session cache without any
# synchronization. Connections are opened from several threads; two concurrent first
# reads both see no cache, each construct one and return different instances, so one
# cache is orphaned and early connections do not share TLS sessions. The reported fix
# is to guard the initialization with the Cluster's lock and re-check the field.
import threading


class SSLSessionCache:
    def __init__(self):
        self._sessions = {}


class Cluster:
    def __init__(self, ssl_context=None):
        self.ssl_context = ssl_context
        self._ssl_session_cache = None
        self._lock = threading.RLock()

    @property
    def ssl_session_cache(self):
        if self._ssl_session_cache is None and self.ssl_context is not None:
            self._ssl_session_cache = SSLSessionCache()  # Noncompliant
        return self._ssl_session_cache

    def _open_connection(self, host):
        cache = self.ssl_session_cache
        return (host, cache)

    def connect_all(self, hosts):
        threads = [threading.Thread(target=self._open_connection, args=(h,)) for h in hosts]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
