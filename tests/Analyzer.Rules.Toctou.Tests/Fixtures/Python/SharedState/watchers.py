import threading


class FailureWatcher:
    """Only the watch thread changes the failure count; failures() reads it from any thread, and a read cannot make the
    watch thread's check go stale."""

    def __init__(self):
        self._lock = threading.Lock()
        self._failures = 0
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def start(self):
        self._thread.start()

    def failures(self):
        with self._lock:
            return self._failures

    def _watch(self):
        while True:
            if self._failures > 3:
                self._failures -= 3


class ResettableFailureWatcher:
    """reset() changes the count on its caller's thread, between the watch thread's look and its change."""

    def __init__(self):
        self._lock = threading.Lock()
        self._failures = 0
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def start(self):
        self._thread.start()

    def reset(self):
        with self._lock:
            self._failures = 0

    def _watch(self):
        while True:
            if self._failures > 3:
                self._failures -= 3  # Noncompliant [TOCTOU001] {{self._failures is checked at line 43 and changed at line 44 by self._failures, with no lock held at either point, while ResettableFailureWatcher.reset changes it at the same time: __init__ starts _watch at line 32 on the object it makes, and nothing in the package calls reset on a known object: other code calls it at any time}}
