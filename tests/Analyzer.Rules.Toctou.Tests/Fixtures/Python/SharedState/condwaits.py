import threading


# take_item() waits under an if: another consumer woken by the same notification can take the item first.
class Inbox:
    def __init__(self):
        self._cond = threading.Condition()
        self._items = []

    def put(self, item):
        with self._cond:
            self._items.append(item)
            self._cond.notify()

    def take_item(self):
        with self._cond:
            if not self._items:  # Secondary [check]
                self._cond.wait()  # Secondary [lock]
            return self._items.pop(0)  # Noncompliant [TOCTOU001] {{self._items is checked at line 17 and changed at line 19 by self._items.pop(0) after self._cond.wait() at line 18, which an if decides rather than a loop, the wait gives up the lock and takes it again, and nothing tests the state again after it: another thread can change it while this one waits (a second waiter woken by the same signal, or one that never waited), and a wait can end with nothing changed}}

    # A loop tests again after every wake-up.
    def take_looping(self):
        with self._cond:
            while not self._items:
                self._cond.wait()
            return self._items.pop(0)

    # wait_for tests its predicate again itself.
    def take_waiting_for(self):
        with self._cond:
            self._cond.wait_for(lambda: self._items)
            return self._items.pop(0)


# An Event's wait gives up no lock: no condition wait.
class Flagged:
    def __init__(self):
        self._ready = threading.Event()
        self._items = []

    def first(self):
        if not self._items:
            self._ready.wait()
        return self._items[0] if self._items else None
