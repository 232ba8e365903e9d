import threading


class Poller:
    """_seen is touched only by what the one poller thread runs; _queued is also written by enqueue, on any thread."""

    def __init__(self):
        self._lock = threading.Lock()
        self._seen = {}
        self._queued = {}

    def start(self):
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while True:
            self._forget()
            self._tick("a")

    def _forget(self):
        with self._lock:
            self._seen.clear()

    def _tick(self, key):
        if key not in self._seen:
            self._seen[key] = 1
        if key not in self._queued:
            self._queued[key] = 1  # Noncompliant [TOCTOU001] {{self._queued is checked at line 27 and changed at line 28 by self._queued[key], with no lock held at either point}}

    def enqueue(self, key):
        with self._lock:
            self._queued[key] = 2
