import threading


class Debouncer:
    """trigger() cancels the old timer and starts a new one with no lock: two triggers at once can both cancel the same
    old timer, and the timer stored first still fires."""

    def __init__(self):
        self._lock = threading.Lock()
        self._timer = None

    def trigger(self, fn):
        if self._timer is not None:  # Secondary [check]
            self._timer.cancel()  # Secondary [act]
        self._timer = threading.Timer(1.0, fn)  # Noncompliant [TOCTOU001] {{self._timer is checked at line 13 and replaced at line 15 by self._timer = threading.Timer(1.0, fn) after self._timer.cancel() at line 14 tears the old value down, so two callers that run it at once can both tear down the same old value and both store a new one, and the one overwritten is never torn down, with no lock held at either point}}
        self._timer.start()

    def cancel(self):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()


class Closer:
    """Emptying the field after the teardown stores nothing new: no timer can be lost."""

    def __init__(self):
        self._lock = threading.Lock()
        self._timer = None

    def stop(self):
        with self._lock:
            timer = self._timer
        if timer is not None:
            timer.cancel()

    def reset(self):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(1.0, print)
