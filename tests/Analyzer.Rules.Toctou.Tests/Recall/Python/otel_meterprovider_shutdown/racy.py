# https://github.com/open-telemetry/opentelemetry-python/issues/2239 (fixed by https://github.com/open-telemetry/opentelemetry-python/pull/2401)
# MeterProvider.shutdown() returned early `if self._shutdown`, but only set `_shutdown = True` after it
# had shut down every metric reader, so two threads (or a user call racing the atexit handler) could
# both pass the check and shut the readers down twice. The fix replaces the flag test with a
# lock-protected Once: only the caller whose do_once() runs the setter goes on to shut the readers down.
from atexit import register, unregister
from logging import getLogger
from threading import Lock
from typing import Dict, Sequence

_logger = getLogger(__name__)


class MetricReader:
    def shutdown(self) -> bool:
        return True


class MeterProvider:
    def __init__(self, metric_readers: Sequence[MetricReader] = (), shutdown_on_exit: bool = True):
        self._lock = Lock()
        self._meter_lock = Lock()
        self._atexit_handler = None
        self._metric_readers = metric_readers
        if shutdown_on_exit:
            self._atexit_handler = register(self.shutdown)
        self._meters: Dict[str, object] = {}
        self._shutdown = False

    def shutdown(self) -> bool:
        # FIXME implement a timeout
        if self._shutdown:
            _logger.warning("shutdown can only be called once")
            return False

        overall_result = True
        for metric_reader in self._metric_readers:
            metric_reader_result = metric_reader.shutdown()  # Noncompliant
            if not metric_reader_result:
                _logger.warning("MetricReader %s failed to shutdown", metric_reader)
            overall_result = overall_result and metric_reader_result

        self._shutdown = True

        if self._atexit_handler is not None:
            unregister(self._atexit_handler)
            self._atexit_handler = None
        return overall_result

    def get_meter(self, name: str) -> object:
        with self._meter_lock:
            if name not in self._meters:
                self._meters[name] = object()
            return self._meters[name]
