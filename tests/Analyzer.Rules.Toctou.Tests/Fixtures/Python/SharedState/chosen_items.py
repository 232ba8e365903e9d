import threading
import time


class LeaseTable:
    """Leases are taken by request threads and swept by a thread of their own."""

    def __init__(self):
        self._lock = threading.Lock()
        self._leases = {}
        threading.Thread(target=self._sweep, daemon=True).start()
        threading.Thread(target=self._sweep_checked, daemon=True).start()

    def take(self, key, owner):
        with self._lock:
            self._leases[key] = (owner, time.monotonic())

    # The stale leases are picked under the lock and dropped under a second hold of it: a lease taken again in
    # between is dropped with them.
    def _sweep(self):
        while True:
            stale = []
            with self._lock:
                for key, (_, seen) in self._leases.items():  # Secondary [check]
                    if time.monotonic() - seen > 60:
                        stale.append(key)
            with self._lock:
                for key in stale:
                    del self._leases[key]  # Noncompliant [TOCTOU001] {{self._leases is checked at line 24 and changed at line 29 by self._leases[key], and self._lock is released and re-taken at line 27 in between}}
            time.sleep(1)

    # Each pick is tested again under the second hold before it is dropped.
    def _sweep_checked(self):
        while True:
            stale = []
            with self._lock:
                for key, (_, seen) in self._leases.items():
                    if time.monotonic() - seen > 60:
                        stale.append(key)
            with self._lock:
                for key in stale:
                    lease = self._leases.get(key)
                    if lease is not None and time.monotonic() - lease[1] > 60:
                        del self._leases[key]
            time.sleep(1)
