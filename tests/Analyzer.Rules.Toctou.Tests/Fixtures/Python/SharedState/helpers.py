import threading


class Admission:
    """Admits work under self._lock, which _lock_and_tick takes and returns holding."""

    def __init__(self, limit):
        self._lock = threading.Lock()
        self._running = 0
        self._limit = limit
        self._ticks = 0

    def _lock_and_tick(self):
        self._lock.acquire()
        self._ticks += 1

    def _unlock(self):
        self._lock.release()

    # The helper's lock is held from the check to the act, and released in finally.
    def start(self, n):
        self._lock_and_tick()
        try:
            if self._running + n > self._limit:
                return False
            self._running += n
            return True
        finally:
            self._lock.release()

    # The helper lets go of the lock between the check and the act.
    def finish(self, n):
        self._lock_and_tick()
        if self._running >= n:  # Secondary [check]
            self._unlock()  # Secondary [lock]
            with self._lock:
                self._running -= n  # Noncompliant {{self._running is checked at line 34 and changed at line 37 by self._running, and self._lock is released and re-taken at line 36 in between}}


class Index:
    def __init__(self):
        self._lock = threading.Lock()
        self._by_key = {}

    def _put(self, key, value):
        with self._lock:
            self._by_key[key] = value

    # Checked under the lock, inserted under a second acquisition inside _put: two threads can both insert.
    def ensure(self, key, value):
        with self._lock:
            if key in self._by_key:  # Secondary [check]
                return self._by_key[key]
        self._put(key, value)  # Noncompliant {{self._by_key is checked at line 52 and changed at line 54 by self._put(key, value), and self._lock is released and re-taken at line 54, inside _put() in between}}
        return value

    # Mutually recursive helpers reach a fixed point; the re-check under the lock keeps this safe.
    def get(self, key):
        return self._get_or_put(key, 3)

    def _get_or_put(self, key, depth):
        if depth == 0:
            return None
        with self._lock:
            if key in self._by_key:
                return self._by_key[key]
            self._by_key[key] = object()
        return self._retry(key, depth)

    def _retry(self, key, depth):
        return self._get_or_put(key, depth - 1)
