# https://github.com/getsentry/sentry-python/pull/2727
# Fixed version: after taking _lock, _ensure_flusher() checks _flusher_pid again, so only the
# first thread that wins the lock starts the flusher for this process; later ones return.
import os
import time
from threading import Event, Lock, Thread


class SafeMetricsAggregator(object):
    FLUSHER_SLEEP_TIME = 5.0

    def __init__(self, capture_func):
        self.buckets = {}
        self._capture_func = capture_func
        self._lock = Lock()
        self._running = True
        self._flush_event = Event()
        self._flusher = None
        self._flusher_pid = None

    def _ensure_flusher(self):
        if not self._running:
            return False
        pid = os.getpid()
        if self._flusher_pid == pid:
            return True
        with self._lock:
            # Recheck: another thread may have started the flusher meanwhile
            if self._flusher_pid == pid:
                return True
            self._flusher_pid = pid
            self._flusher = Thread(target=self._flush_forever)
            self._flusher.daemon = True
            try:
                self._flusher.start()
            except RuntimeError:
                self._running = False
                return False
        return True

    def _flush_forever(self):
        while self._running:
            with self._lock:
                buckets, self.buckets = self.buckets, {}
            if buckets:
                self._capture_func(buckets)
            self._flush_event.wait(self.FLUSHER_SLEEP_TIME)

    def add_value(self, key, value):
        if not self._ensure_flusher() or self._flusher is None:
            return
        bucket = int(time.time() // 10) * 10
        with self._lock:
            local = self.buckets.setdefault(bucket, {})
            local[key] = local.get(key, 0) + value
