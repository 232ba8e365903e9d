import threading


class Streams:
    """reset() clears an entry only when it is given a stream: a call that gives none, or leaves out the argument whose
    default is None, changes nothing."""

    def __init__(self):
        self._lock = threading.Lock()
        self._streams = {}

    def open(self, key, stream):
        with self._lock:
            self._streams[key] = stream

    def on_unknown(self, key):
        if self._streams.get(key) is None:
            self.reset(key)
            self.reset(key, stream=None)

    def on_bad(self, key):
        stream = self._streams.get(key)
        if stream is None:
            self.reset(key, stream=key)  # Noncompliant [TOCTOU001] {{self._streams is checked at line 22 and changed at line 24 by self.reset(key, stream=key) (on some paths through it), with no lock held at either point}}

    def reset(self, key, stream=None):
        if stream is not None:
            self._streams[key] = None
