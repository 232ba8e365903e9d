import threading
from concurrent.futures import ThreadPoolExecutor

from tornado.concurrent import run_on_executor


class Reservations:
    """Tornado's run_on_executor runs every call of reserve on a thread of the executor: calls that overlap run side
    by side on one object."""

    executor = ThreadPoolExecutor(4)

    def __init__(self):
        self.claimed = {}

    @run_on_executor
    def reserve(self, seat, owner):
        if seat in self.claimed:  # Secondary [check]
            return False
        self.claimed[seat] = owner  # Noncompliant {{self.claimed is checked at line 18 and changed at line 20 by self.claimed[seat], with no lock held at either point, while reserve runs for each of its calls, on a thread of the object's executor, many at a time}}
        return True


class LockedReservations:
    executor = ThreadPoolExecutor(4)

    def __init__(self):
        self.claimed = {}
        self._lock = threading.Lock()

    @run_on_executor(executor="executor")
    def reserve(self, seat, owner):
        with self._lock:
            if seat in self.claimed:
                return False
            self.claimed[seat] = owner
            return True


class Booklet:
    """No executor: nothing shows two calls at once."""

    def __init__(self):
        self.claimed = {}

    def reserve(self, seat, owner):
        if seat in self.claimed:
            return False
        self.claimed[seat] = owner
        return True
