import threading


class EngineHolder:
    """The lock re-checks the engine and sets it in the same hold: whoever comes second finds it set."""

    def __init__(self):
        self._lock = threading.Lock()
        self._ready = False
        self._engine = None

    def engine(self):
        if not self._ready:
            with self._lock:
                if self._engine is None:
                    self._engine = object()
                    self._ready = True
        return self._engine

    def close(self):
        with self._lock:
            self._engine = None
            self._ready = False
