import threading


# Two methods each start a function of their own named run. open's is started once and owns what it makes; fan_out's
# is started in a loop. A start names the function nested in the method it stands in, not the other method's.
class Fanout:
    def __init__(self):
        self._remote = None
        self._visited = {}

    def open(self):
        def run():
            if self._remote is None:
                self._remote = object()

        threading.Thread(target=run).start()

    def fan_out(self, n):
        def run():
            if "k" not in self._visited:  # Secondary [check]
                self._visited["k"] = 1  # Noncompliant [TOCTOU001] {{self._visited is checked at line 20 and changed at line 21 by self._visited["k"], with no lock held at either point, while run is started in parallel at line 24, in a loop}}

        for _ in range(n):
            threading.Thread(target=run).start()


# The nested function's self is the method's: a call of the class's methods on it reaches the object the method runs
# on, so the check in _linked() and the store in _attach() are on the state every started copy shares.
class Linker:
    def __init__(self):
        self._lock = threading.Lock()
        self._link = None

    def _linked(self):
        return self._link is not None

    def _attach(self):
        self._link = object()

    def _ensure(self):
        with self._lock:
            if self._link is None:
                self._link = object()

    def connect(self, n):
        def run():
            if not self._linked():  # Secondary [check]
                self._attach()  # Noncompliant [TOCTOU001] {{self._link is checked at line 47 and changed at line 48 by self._attach(), with no lock held at either point, while run is started in parallel at line 51, in a loop}}

        for _ in range(n):
            threading.Thread(target=run).start()

    def connect_locked(self, n):
        def run():
            self._ensure()

        for _ in range(n):
            threading.Thread(target=run).start()


# Two classes whose nested functions reach a field of the same name on their own self: LockedTallies locks its
# _tally, which says nothing of LoneTallies', which one started worker alone fills.
class LockedTallies:
    def __init__(self):
        self._lock = threading.Lock()
        self._tally = {}

    def count(self, n):
        def run():
            with self._lock:
                self._tally["k"] = self._tally.get("k", 0) + 1

        for _ in range(n):
            threading.Thread(target=run).start()


class LoneTallies:
    def __init__(self):
        self._tally = {}

    def count(self):
        def work():
            if "k" not in self._tally:
                self._tally["k"] = 1

        threading.Thread(target=work).start()
