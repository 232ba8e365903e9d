import threading
import time


class Lease:
    pass


class Leases:
    """acquire() looks a lease up, and again under the guard before it makes one. The second lookup is the first one
    made again: it drops an expired lease just as the first could, whatever the first found."""

    def __init__(self):
        self._guard = threading.RLock()
        self._leases = {}
        self._expiry = {}

    def lookup(self, key):
        with self._guard:
            if key in self._expiry and self._expiry[key] < time.time():
                del self._leases[key]
                del self._expiry[key]
                return None
            return self._leases.get(key)

    def acquire(self, key):
        lease = self.lookup(key)
        if lease is None:
            with self._guard:
                lease = self.lookup(key)
                if lease is None:
                    lease = self._leases[key] = Lease()
        return lease

    # Dropping the lease it found is no lookup made again: another caller can have replaced it in between.
    def release(self, key):
        lease = self.lookup(key)
        if lease is not None:
            with self._guard:
                self.drop(key)  # Noncompliant [TOCTOU001] {{self._leases is checked at line 37 and changed at line 40 by self.drop(key), and self._guard is released and re-taken at line 39 in between}}
        return lease

    def drop(self, key):
        with self._guard:
            self._leases.pop(key, None)
