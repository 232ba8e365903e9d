# https://github.com/DataDog/integrations-core/pull/20973
# The postgres check's LRUConnectionPoolManager looked up (or created) the per-database psycopg ConnectionPool under
# its lock in get_pool(), but ConnectionProxy then asked that pool for a connection after the lock was released.
# The main check thread can run close_all_pools() (under the same lock) in between, so the DBM worker thread calls
# connection() on a closed pool and gets PoolClosed. The fix does the lookup and pool.connection() under one lock hold.
import threading
import time
from collections import OrderedDict


class PoolClosed(Exception):
    pass


class ConnectionPool:
    """Minimal stand-in for psycopg_pool.ConnectionPool."""

    def __init__(self, dbname):
        self.dbname = dbname
        self.closed = False

    def connection(self):
        if self.closed:
            raise PoolClosed("the pool %r is already closed" % self.dbname)
        return object()

    def close(self):
        self.closed = True


class LRUConnectionPoolManager:
    def __init__(self, max_db=4):
        self.max_db = max_db
        self.lock = threading.Lock()
        self.pools = OrderedDict()
        self._closed = False

    def get_pool(self, dbname):
        with self.lock:
            if self._closed:
                raise RuntimeError("Pool manager is closed")
            if dbname in self.pools:
                pool = self.pools.pop(dbname)
            else:
                if len(self.pools) >= self.max_db:
                    _, old = self.pools.popitem(last=False)
                    old.close()
                pool = ConnectionPool(dbname)
            self.pools[dbname] = pool
            return pool

    def close_all_pools(self):
        with self.lock:
            for pool in self.pools.values():
                pool.close()
            self.pools.clear()


class ConnectionProxy:
    def __init__(self, manager, dbname):
        self.manager = manager
        self.dbname = dbname
        self.conn = None

    def __enter__(self):
        pool = self.manager.get_pool(self.dbname)
        self.conn = pool.connection()  # Noncompliant
        return self.conn

    def __exit__(self, *exc):
        self.conn = None


def dbm_worker(manager, stop):
    while not stop.is_set():
        with ConnectionProxy(manager, "postgres"):
            pass


if __name__ == "__main__":
    mgr = LRUConnectionPoolManager()
    stop_evt = threading.Event()
    t = threading.Thread(target=dbm_worker, args=(mgr, stop_evt), daemon=True)
    t.start()
    for _ in range(100):
        mgr.close_all_pools()
        time.sleep(0.001)
    stop_evt.set()
