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


class Resolver:
    """Orders are placed by request threads; a domain being resolved is skipped by the others."""

    def __init__(self):
        self._lock = threading.Lock()
        self._resolving = set()

    def listen(self, batches):
        for domains in batches:
            threading.Thread(target=self._resolve, args=(domains,)).start()

    # The helper hands back the domains its test let through, and the caller registers them under a second hold of
    # the lock: two threads can both get the same domain back and both resolve it.
    def _resolve(self, domains):
        todo = self._unresolved(domains)  # Secondary [check]
        if not todo:
            return
        self._register(todo)  # Noncompliant [TOCTOU001] {{self._resolving is checked at line 62 and changed at line 65 by self._register(todo) (on some paths through it), and self._lock is released and re-taken at line 65, inside _register() in between}}

    def _unresolved(self, domains):
        with self._lock:
            todo = []
            for d in domains:
                if d in self._resolving:
                    continue
                todo.append(d)
            return todo

    def _register(self, domains):
        with self._lock:
            for d in domains:
                self._resolving.add(d)
