# https://github.com/open-telemetry/opentelemetry-python/issues/4892
# The API Meter records an instrument id in a set under its own lock, and the SDK Meter
# later stores the instrument object in a dict under a second lock. A thread that sees
# "already registered" looks the id up in the dict before the first thread stored it,
# raising KeyError. Fix (PR #4913): hold the SDK lock across registration and insertion.
import threading


class _Counter:
    def __init__(self, name, unit, description):
        self.name = name
        self.unit = unit
        self.description = description


class ApiMeter:
    def __init__(self):
        self._lock = threading.Lock()
        self._instrument_ids = set()

    def _register_instrument(self, name, type_, unit, description):
        instrument_id = ",".join([name.strip().lower(), type_.__name__, unit, description])
        with self._lock:
            if instrument_id in self._instrument_ids:
                return True, instrument_id
            self._instrument_ids.add(instrument_id)
            return False, instrument_id


class SdkMeter(ApiMeter):
    def __init__(self):
        super().__init__()
        self._instrument_id_instrument = {}
        self._instrument_id_instrument_lock = threading.Lock()

    def create_counter(self, name, unit="", description=""):
        is_registered, instrument_id = self._register_instrument(
            name, _Counter, unit, description
        )
        if is_registered:
            with self._instrument_id_instrument_lock:
                return self._instrument_id_instrument[instrument_id]  # Noncompliant
        instrument = _Counter(name, unit, description)
        with self._instrument_id_instrument_lock:
            self._instrument_id_instrument[instrument_id] = instrument
            return instrument


def worker(meter):
    meter.create_counter("requests", "1", "handled requests")


if __name__ == "__main__":
    meter = SdkMeter()
    threads = [threading.Thread(target=worker, args=(meter,)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
