# https://github.com/getsentry/sentry-python/pull/2727
# MetricsAggregator._ensure_thread() is called from every add() on any application thread.
# It compared _flusher_pid with os.getpid() outside the lock and, on a miss, took the lock and
# spawned a flusher without looking again, so two threads could both start a flusher thread.
# Fix (as in the profiler): re-check _flusher_pid after acquiring the lock.
import os
import time
from threading import Event, Lock, Thread


class MetricsAggregator(object):
    FLUSHER_SLEEP_TIME = 5.0

    def __init__(self, capture_func):
        self.buckets = {}
        self._capture_func = capture_func
        self._lock = Lock()
        self._running = True
        self._flush_event = Event()
        self._flusher = None
        self._flusher_pid = None

    def _ensure_thread(self):
        if not self._running:
            return False
        pid = os.getpid()
        if self._flusher_pid == pid:
            return True
        with self._lock:
            self._flusher_pid = pid  # Noncompliant
            self._flusher = Thread(target=self._flush_loop)
            self._flusher.daemon = True
            try:
                self._flusher.start()
            except RuntimeError:
                self._running = False  # Noncompliant
                return False
        return True

    def _flush_loop(self):
        while self._running:
            with self._lock:
                buckets, self.buckets = self.buckets, {}
            if buckets:
                self._capture_func(buckets)
            self._flush_event.wait(self.FLUSHER_SLEEP_TIME)

    def add(self, key, value):
        if not self._ensure_thread() or self._flusher is None:
            return
        bucket = int(time.time() // 10) * 10
        with self._lock:
            local = self.buckets.setdefault(bucket, {})
            local[key] = local.get(key, 0) + value
