# https://github.com/psycopg/psycopg/issues/1300 (fix: https://github.com/psycopg/psycopg/pull/1301)
# The sync ConnectionPool created its lock lazily in _ensure_lock (`try: self._lock / except
# AttributeError: self._lock = Lock()`). Two threads calling open() on a fresh pool could both miss
# and each create a lock, then both enter _open() under different locks and both start the workers
# (`assert not self._workers` fails). The fix creates the sync lock unconditionally in __init__.
import threading
from threading import Lock


class ConnectionPool:
    def __init__(self, conninfo="", *, num_workers=3):
        self.conninfo = conninfo
        self.num_workers = num_workers
        self._workers = []
        self._closed = True
        self._opened = False

    def _ensure_lock(self):
        """Make sure the pool lock is created."""
        try:
            self._lock
        except AttributeError:
            self._lock = Lock()  # Noncompliant

    def open(self, wait=False, timeout=30.0):
        self._ensure_lock()
        with self._lock:
            self._open()

    def _open(self):
        if not self._closed:
            return
        self._closed = False
        self._opened = True
        self._start_workers()

    def _start_workers(self):
        assert not self._workers
        for i in range(self.num_workers):
            t = threading.Thread(
                target=self.worker, name=f"{self.conninfo}-worker-{i}", daemon=True
            )
            t.start()
            self._workers.append(t)

    def worker(self):
        pass
