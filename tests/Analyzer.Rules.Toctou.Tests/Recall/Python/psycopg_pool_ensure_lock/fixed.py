# https://github.com/psycopg/psycopg/issues/1300 (fix: https://github.com/psycopg/psycopg/pull/1301)
# Fixed version: the sync pool creates its lock once in __init__, so every thread that opens the pool
# serialises on the same lock and only the first one starts the workers.
import threading
from threading import Lock


class ThreadedConnectionPool:
    def __init__(self, conninfo="", *, num_workers=3):
        self.conninfo = conninfo
        self.num_workers = num_workers
        self._workers = []
        self._closed = True
        self._opened = False
        self._lock = Lock()

    def open_pool(self, wait=False, timeout=30.0):
        with self._lock:
            self._open_locked()

    def _open_locked(self):
        if not self._closed:
            return
        self._closed = False
        self._opened = True
        self._spawn_workers()

    def _spawn_workers(self):
        assert not self._workers
        for i in range(self.num_workers):
            t = threading.Thread(
                target=self.run_worker, name=f"{self.conninfo}-worker-{i}", daemon=True
            )
            t.start()
            self._workers.append(t)

    def run_worker(self):
        pass
