# https://github.com/open-telemetry/opentelemetry-python/issues/2470
# (raised in review of https://github.com/open-telemetry/opentelemetry-python/pull/2400,
#  fixed in https://github.com/open-telemetry/opentelemetry-python/pull/2503)
# MetricReaderStorage looked up the view matches for an instrument without the
# lock and, on a miss, took the lock, built a new list of matches and stored it,
# without checking the map again. Measurements are recorded from any application
# thread, so two threads recording to a new instrument can both miss; the second
# one then overwrites the first one's list and the aggregations already fed
# through it are lost. Fix: re-check the map after acquiring the lock.
import threading
from threading import RLock


class ViewInstrumentMatch:
    def __init__(self, view_name, instrument):
        self.name = view_name or instrument
        self.points = []

    def consume(self, value):
        self.points.append(value)


class MetricReaderStorage:
    def __init__(self, views):
        self._lock = RLock()
        self._views = views
        self._view_instrument_match = {}

    def _get_or_init_view_instrument_match(self, instrument):
        # optimistic lookup without the lock
        if instrument in self._view_instrument_match:
            return self._view_instrument_match[instrument]

        with self._lock:
            matches = [ViewInstrumentMatch(v, instrument) for v in self._views]
            if not matches:
                matches.append(ViewInstrumentMatch(None, instrument))
            self._view_instrument_match[instrument] = matches  # Noncompliant
            return matches

    def consume_measurement(self, instrument, value):
        for match in self._get_or_init_view_instrument_match(instrument):
            match.consume(value)


storage = MetricReaderStorage(views=[])


def record_requests():
    for _ in range(100):
        storage.consume_measurement("http.server.requests", 1)


if __name__ == "__main__":
    workers = [threading.Thread(target=record_requests) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
