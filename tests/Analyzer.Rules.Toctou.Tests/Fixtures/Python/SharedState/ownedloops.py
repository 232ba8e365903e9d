import threading


class Collector:
    """Only the one thread start_collector starts on the object it has just made touches _batch."""

    def __init__(self):
        self._lock = threading.Lock()
        self._batch = None
        self.total = 0

    def _collect(self, items):
        for item in items:
            if self._batch is None:
                self._batch = []
            self._batch.append(item)
            if len(self._batch) >= 10:
                self._flush_batch()

    def _flush_batch(self):
        with self._lock:
            self.total += len(self._batch)
        self._batch = None


def start_collector(items):
    collector = Collector()
    threading.Thread(target=collector._collect, args=(items,)).start()
    return collector


class Gatherer:
    """Two threads on one object share its fields."""

    def __init__(self):
        self._lock = threading.Lock()
        self._pending = None
        self.total = 0

    def _gather(self, items):
        for item in items:
            if self._pending is None:  # Secondary [check]
                self._pending = []  # Noncompliant [TOCTOU001] {{self._pending is checked at line 42 and changed at line 43 by self._pending, with no lock held at either point, while _gather is started in parallel at line 51}}
            self._pending.append(item)
            with self._lock:
                self.total += 1


def start_gatherers(items):
    gatherer = Gatherer()
    threading.Thread(target=gatherer._gather, args=(items,)).start()  # Secondary [concurrency]
    threading.Thread(target=gatherer._gather, args=(items,)).start()
    return gatherer


class Sweeper(threading.Thread):
    """run() and the private helper it calls are the only code that touches _batch: each Sweeper runs them once, on
    its own thread."""

    def __init__(self):
        super().__init__(daemon=True)
        self._lock = threading.Lock()
        self._batch = None
        self.total = 0

    def run(self):
        while True:
            if self._batch is None:
                self._batch = []
            self._batch.append(1)
            if len(self._batch) > 10:
                self._flush_sweep()

    def _flush_sweep(self):
        with self._lock:
            self.total += len(self._batch)
        self._batch = None


def start_sweeping():
    Sweeper().start()
