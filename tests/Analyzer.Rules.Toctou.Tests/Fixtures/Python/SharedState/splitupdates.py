import threading


class Histogram:
    """Reads a bucket under its lock, lets go, and stores what it built from that read under a second hold: a thread
    that adds to the same bucket in between loses its value."""

    def __init__(self):
        self._lock = threading.Lock()
        self._buckets = {}

    def observe(self, key, value):
        with self._lock:
            bucket = self._buckets.get(key)  # Secondary [check]
        if bucket is None:
            bucket = []
        bucket = bucket + [value]
        with self._lock:
            self._buckets[key] = bucket  # Noncompliant {{self._buckets is checked at line 14 and changed at line 19 by self._buckets[key], and self._lock is released and re-taken at line 18 in between}}

    # One hold from the read to the store.
    def observe_held(self, key, value):
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = []
            self._buckets[key] = bucket + [value]

    # The second hold reads the bucket again and stores what it built from that read.
    def observe_again(self, key, value):
        with self._lock:
            size = len(self._buckets.get(key) or [])
        extra = [value] * (1 if size < 100 else 0)
        with self._lock:
            current = self._buckets.get(key) or []
            self._buckets[key] = current + extra
