# https://github.com/open-telemetry/opentelemetry-python/issues/4892
# Fixed as in PR #4913: the SDK lock is taken before registering the id in the API set,
# so the id and its instrument object are published together.
import threading


class _FixedCounter:
    def __init__(self, name, unit, description):
        self.name = name
        self.unit = unit
        self.description = description


class FixedApiMeter:
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


class FixedSdkMeter(FixedApiMeter):
    def __init__(self):
        super().__init__()
        self._instrument_id_instrument = {}
        self._instrument_id_instrument_lock = threading.Lock()

    def create_counter(self, name, unit="", description=""):
        with self._instrument_id_instrument_lock:
            is_registered, instrument_id = self._register_instrument(
                name, _FixedCounter, unit, description
            )
            if is_registered:
                return self._instrument_id_instrument[instrument_id]
            instrument = _FixedCounter(name, unit, description)
            self._instrument_id_instrument[instrument_id] = instrument
            return instrument


def fixed_worker(meter):
    meter.create_counter("requests", "1", "handled requests")


if __name__ == "__main__":
    meter = FixedSdkMeter()
    threads = [threading.Thread(target=fixed_worker, args=(meter,)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
