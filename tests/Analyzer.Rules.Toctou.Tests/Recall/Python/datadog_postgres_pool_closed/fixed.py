# https://github.com/DataDog/integrations-core/pull/20973
# Fixed version: get_connection() checks the manager state, finds or creates the pool and asks it for a connection
# while still holding the manager lock, so close_all_pools() cannot close the pool in between.
import threading
import time
from collections import OrderedDict


class SafePoolClosed(Exception):
    pass


class SafeConnectionPool:
    def __init__(self, dbname):
        self.dbname = dbname
        self.closed = False

    def connection(self):
        if self.closed:
            raise SafePoolClosed("the pool %r is already closed" % self.dbname)
        return object()

    def close(self):
        self.closed = True


class SafeLRUConnectionPoolManager:
    def __init__(self, max_db=4):
        self.max_db = max_db
        self.lock = threading.Lock()
        self.pools = OrderedDict()
        self._closed = False

    def get_connection(self, dbname):
        with self.lock:
            if self._closed:
                raise RuntimeError("Pool manager is closed")
            if dbname in self.pools:
                pool = self.pools.pop(dbname)
            else:
                if len(self.pools) >= self.max_db:
                    _, old = self.pools.popitem(last=False)
                    old.close()
                pool = SafeConnectionPool(dbname)
            self.pools[dbname] = pool
            return pool.connection()

    def close_all_pools(self):
        with self.lock:
            for pool in self.pools.values():
                pool.close()
            self.pools.clear()


def safe_dbm_worker(manager, stop):
    while not stop.is_set():
        manager.get_connection("postgres")


if __name__ == "__main__":
    mgr = SafeLRUConnectionPoolManager()
    stop_evt = threading.Event()
    t = threading.Thread(target=safe_dbm_worker, args=(mgr, stop_evt), daemon=True)
    t.start()
    for _ in range(100):
        mgr.close_all_pools()
        time.sleep(0.001)
    stop_evt.set()
