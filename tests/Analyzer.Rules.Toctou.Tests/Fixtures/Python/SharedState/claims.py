import threading
from concurrent.futures import Future


class Uploader:
    """Flush claims the busy flag under the lock and gives it back when done: others see the claim and stay away."""

    def __init__(self):
        self._lock = threading.Lock()
        self._busy = False

    def flush(self):
        with self._lock:
            if self._busy:
                return False
            self._busy = True
        self._upload()
        with self._lock:
            self._busy = False
        return True

    def _upload(self):
        pass

    def start(self):
        for _ in range(3):
            threading.Thread(target=self.flush).start()


class Dedup:
    """The first caller for a key puts its future in under the lock, later callers wait on it, and the first takes its
    own entry out when done."""

    def __init__(self):
        self._lock = threading.Lock()
        self._pending = {}

    def load(self, key, fn):
        with self._lock:
            if key in self._pending:
                return self._pending[key].result()
            future = Future()
            self._pending[key] = future
        try:
            future.set_result(fn())
        finally:
            with self._lock:
                del self._pending[key]
        return future.result()

    def start(self):
        for _ in range(3):
            threading.Thread(target=self.load, args=("a", int)).start()
