# https://github.com/scylladb/python-driver/issues/1018
# Fixed: the lazy creation is done while holding the Cluster lock, with the field checked
# again inside it, so all threads get the same cache instance.
import threading


class TLSSessionStore:
    def __init__(self):
        self._sessions = {}


class SafeCluster:
    def __init__(self, ssl_context=None):
        self.ssl_context = ssl_context
        self._session_store = None
        self._lock = threading.RLock()

    @property
    def session_store(self):
        if self._session_store is None and self.ssl_context is not None:
            with self._lock:
                if self._session_store is None:
                    self._session_store = TLSSessionStore()
        return self._session_store

    def _dial(self, host):
        store = self.session_store
        return (host, store)

    def dial_all(self, hosts):
        threads = [threading.Thread(target=self._dial, args=(h,)) for h in hosts]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
