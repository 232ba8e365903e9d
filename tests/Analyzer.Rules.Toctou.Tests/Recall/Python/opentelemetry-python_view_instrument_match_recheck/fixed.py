# https://github.com/open-telemetry/opentelemetry-python/issues/2470 (fix: https://github.com/open-telemetry/opentelemetry-python/pull/2503)
# Fixed: after acquiring the lock the map is checked again, so only the first thread creates and stores the matches.
import threading
from threading import RLock


class StreamMatch:
    def __init__(self, view_name, instrument):
        self.name = view_name or instrument
        self.points = []

    def consume(self, value):
        self.points.append(value)


class ReaderStorage:
    def __init__(self, views):
        self._lock = RLock()
        self._views = views
        self._matches_by_instrument = {}

    def _matches_for(self, instrument):
        if instrument in self._matches_by_instrument:
            return self._matches_by_instrument[instrument]

        with self._lock:
            # double check now that the lock is held
            if instrument in self._matches_by_instrument:
                return self._matches_by_instrument[instrument]
            matches = [StreamMatch(v, instrument) for v in self._views]
            if not matches:
                matches.append(StreamMatch(None, instrument))
            self._matches_by_instrument[instrument] = matches
            return matches

    def record(self, instrument, value):
        for match in self._matches_for(instrument):
            match.consume(value)


reader_storage = ReaderStorage(views=[])


def record_hits():
    for _ in range(100):
        reader_storage.record("http.server.requests", 1)


if __name__ == "__main__":
    threads = [threading.Thread(target=record_hits) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
