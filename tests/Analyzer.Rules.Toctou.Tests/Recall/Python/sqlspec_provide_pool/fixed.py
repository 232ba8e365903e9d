# https://github.com/litestar-org/sqlspec/issues/346 (fixed by https://github.com/litestar-org/sqlspec/pull/347)
# Fixed shape: double-checked locking with a threading.Lock, so only one caller builds and publishes the pool
# and everyone else reuses it.
import threading
from contextlib import contextmanager


class LockedPool:
    def __init__(self, **connection_config):
        self.connection_config = connection_config
        self._in_use = set()

    def acquire(self):
        conn = object()
        self._in_use.add(id(conn))
        return conn

    def release(self, conn):
        if id(conn) not in self._in_use:
            raise ValueError("Pool.release() received invalid connection")
        self._in_use.discard(id(conn))


class LockedSyncDatabaseConfig:
    def __init__(self, connection_config=None, connection_instance=None):
        self.connection_config = connection_config or {}
        self.connection_instance = connection_instance
        self._pool_lock = threading.Lock()

    def _create_pool(self):
        return LockedPool(**self.connection_config)

    def create_pool(self):
        if self.connection_instance is not None:
            return self.connection_instance
        with self._pool_lock:
            if self.connection_instance is None:
                self.connection_instance = self._create_pool()
            return self.connection_instance

    def provide_pool(self, *args, **kwargs):
        return self.create_pool()

    @contextmanager
    def provide_connection(self, *args, **kwargs):
        pool = self.provide_pool(*args, **kwargs)
        connection = pool.acquire()
        try:
            yield connection
        finally:
            self.connection_instance.release(connection)
