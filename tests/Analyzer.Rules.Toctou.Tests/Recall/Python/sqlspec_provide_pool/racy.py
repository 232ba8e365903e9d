# https://github.com/litestar-org/sqlspec/issues/346 (fixed by https://github.com/litestar-org/sqlspec/pull/347)
# provide_pool() created the connection pool lazily: if connection_instance was unset it built a pool and
# stored it. Threads (or coroutines) asking for a pool at the same time could all see it unset and each build
# one; only the last stored pool survives, so connections acquired from a losing pool are later released to
# the winner ("Pool.release() received invalid connection"). The fix adds double-checked locking around the
# pool creation.
from contextlib import contextmanager


class SimplePool:
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


class SyncDatabaseConfig:
    """Generic sync database configuration with a lazily created connection pool."""

    def __init__(self, connection_config=None, connection_instance=None):
        self.connection_config = connection_config or {}
        self.connection_instance = connection_instance

    def _create_pool(self):
        return SimplePool(**self.connection_config)

    def create_pool(self):
        return self._create_pool()

    def provide_pool(self, *args, **kwargs):
        """Provide pool instance."""
        if not self.connection_instance:
            self.connection_instance = self.create_pool()  # Noncompliant
        return self.connection_instance

    @contextmanager
    def provide_connection(self, *args, **kwargs):
        pool = self.provide_pool(*args, **kwargs)
        connection = pool.acquire()
        try:
            yield connection
        finally:
            self.connection_instance.release(connection)
