import threading


class BatchFlusher:
    """A class with a lock is built for threads; a worker thread made on first write outside it can be made twice."""

    def __init__(self):
        self._lock = threading.Lock()
        self._pending = []
        self._worker = None
        self._interval = None

    def write(self, item):
        with self._lock:
            self._pending.append(item)
        if self._worker is None:  # Secondary [check]
            self._worker = threading.Thread(target=self._flush_forever, daemon=True)  # Noncompliant [TOCTOU001] {{self._worker is checked at line 16 and changed at line 17 by self._worker, with no lock held at either point; two callers that run it at once can both pass the test and both start the task made at line 17, so it runs twice}}
            self._worker.start()

    def write_safely(self, item):
        with self._lock:
            self._pending.append(item)
            if self._worker is None:
                self._worker = threading.Thread(target=self._flush_forever, daemon=True)
                self._worker.start()

    def _flush_forever(self):
        pass

    def configure(self):
        if self._interval is None:
            self._interval = 5


class Spooler:
    """No lock and nothing else that shows two threads share a Spooler."""

    def __init__(self):
        self._worker = None

    def write(self, item):
        if self._worker is None:
            self._worker = threading.Thread(target=self._spool, daemon=True)
            self._worker.start()

    def _spool(self):
        pass
