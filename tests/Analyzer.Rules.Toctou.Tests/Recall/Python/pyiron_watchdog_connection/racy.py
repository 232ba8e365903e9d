# https://github.com/pyiron/pyiron_base/pull/636
# AutorestoredConnection checked that its DB connection was still open (reconnecting if not), kicked the
# idle watchdog, and only then took the lock to run the query; the ConnectionWatchDog thread could take the
# lock and close the idle connection right after the check, so the query ran on a closed connection.
# The fix takes the lock before the liveness check and keeps it through the query.
from queue import Empty as QueueEmpty
from queue import SimpleQueue
from threading import Lock, Thread


class FakeConnection:
    def __init__(self):
        self.closed = False

    def execute(self, statement):
        if self.closed:
            raise RuntimeError("This Connection is closed")
        return [statement]

    def close(self):
        self.closed = True


class FakeEngine:
    def connect(self):
        return FakeConnection()


class ConnectionWatchDog(Thread):
    """
    Helper class that closes idle connections after a given timeout.

    The lock prevents the watchdog from killing a connection that is currently used.
    """

    def __init__(self, conn, lock, timeout=60):
        super().__init__()
        self._queue = SimpleQueue()
        self._conn = conn
        self._lock = lock
        self._timeout = timeout

    def run(self):
        while True:
            try:
                kicked = self._queue.get(timeout=self._timeout)
            except QueueEmpty:
                kicked = False
            if not kicked:
                with self._lock:
                    try:
                        self._conn.close()
                    except Exception:
                        pass
                    break

    def kick(self):
        self._queue.put(True)

    def kill(self):
        self._queue.put(False)
        self.join()


class AutorestoredConnection:
    def __init__(self, engine, timeout=60):
        self.engine = engine
        self._conn = None
        self._lock = Lock()
        self._watchdog = None
        self._timeout = timeout

    def execute(self, *args, **kwargs):
        if self._conn is None or self._conn.closed:
            self._conn = self.engine.connect()
            if self._timeout > 0:
                if self._watchdog is not None:
                    self._watchdog.kill()
                self._watchdog = ConnectionWatchDog(self._conn, self._lock, timeout=self._timeout)
                self._watchdog.start()
        if self._timeout > 0:
            self._watchdog.kick()
        with self._lock:
            return self._conn.execute(*args, **kwargs)  # Noncompliant

    def close(self):
        if self._conn is not None:
            self._conn.close()
