# https://github.com/pyiron/pyiron_base/pull/636
# Fixed shape: the lock shared with the watchdog is held from the liveness check through the query, so the
# watchdog closes the connection only before the check or after the query.
from queue import Empty as QueueEmpty
from queue import SimpleQueue
from threading import Lock, Thread


class GuardedFakeConnection:
    def __init__(self):
        self.closed = False

    def execute(self, statement):
        if self.closed:
            raise RuntimeError("This Connection is closed")
        return [statement]

    def close(self):
        self.closed = True


class GuardedFakeEngine:
    def connect(self):
        return GuardedFakeConnection()


class IdleConnectionWatchDog(Thread):
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


class GuardedAutorestoredConnection:
    def __init__(self, engine, timeout=60):
        self.engine = engine
        self._conn = None
        self._lock = Lock()
        self._watchdog = None
        self._timeout = timeout

    def execute_once(self, *args, **kwargs):
        with self._lock:
            if self._conn is None or self._conn.closed:
                self._conn = self.engine.connect()
                if self._timeout > 0:
                    if self._watchdog is not None:
                        self._watchdog.kill()
                    self._watchdog = IdleConnectionWatchDog(self._conn, self._lock, timeout=self._timeout)
                    self._watchdog.start()
            if self._timeout > 0:
                self._watchdog.kick()
            return self._conn.execute(*args, **kwargs)

    def close(self):
        if self._conn is not None:
            self._conn.close()
