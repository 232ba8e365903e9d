# https://github.com/open-telemetry/opentelemetry-python/issues/2239 (fixed by https://github.com/open-telemetry/opentelemetry-python/pull/2401)
# Fixed shape: shutdown() claims the shutdown through Once.do_once(), which tests and sets its flag
# under a lock, and only the winning caller shuts the metric readers down.
from atexit import register, unregister
from logging import getLogger
from threading import Lock
from typing import Callable, Dict, Sequence

_log = getLogger(__name__)


class Once:
    """Execute a function exactly once and block other callers until it has run."""

    def __init__(self) -> None:
        self._lock = Lock()
        self._done = False

    def do_once(self, func: Callable[[], None]) -> bool:
        if self._done:
            return False
        with self._lock:
            if not self._done:
                func()
                self._done = True
                return True
        return False


class Reader:
    def shutdown(self) -> bool:
        return True


class OnceMeterProvider:
    def __init__(self, metric_readers: Sequence[Reader] = (), shutdown_on_exit: bool = True):
        self._lock = Lock()
        self._meter_lock = Lock()
        self._atexit_handler = None
        self._metric_readers = metric_readers
        if shutdown_on_exit:
            self._atexit_handler = register(self.shutdown)
        self._meters: Dict[str, object] = {}
        self._shutdown_once = Once()
        self._shutdown = False

    def shutdown(self) -> bool:
        def _shutdown() -> None:
            self._shutdown = True

        did_shutdown = self._shutdown_once.do_once(_shutdown)
        if not did_shutdown:
            _log.warning("shutdown can only be called once")
            return False

        overall_result = True
        for metric_reader in self._metric_readers:
            metric_reader_result = metric_reader.shutdown()
            if not metric_reader_result:
                _log.warning("MetricReader %s failed to shutdown", metric_reader)
            overall_result = overall_result and metric_reader_result

        if self._atexit_handler is not None:
            unregister(self._atexit_handler)
            self._atexit_handler = None
        return overall_result

    def get_meter(self, name: str) -> object:
        with self._meter_lock:
            if name not in self._meters:
                self._meters[name] = object()
            return self._meters[name]
