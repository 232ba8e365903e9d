import queue
import threading


# The constructor starts the loop on the object it makes; register, which only code outside calls, stores a handler
# while the loop fills in a default for the same key.
class EventDispatcher:
    def __init__(self):
        self._events = queue.Queue()
        self._handlers = {}
        self._thread = threading.Thread(target=self._loop, daemon=True)  # Secondary [concurrency]
        self._thread.start()

    def _loop(self):
        while True:
            key = self._events.get()
            if key not in self._handlers:  # Secondary [check]
                self._handlers[key] = print  # Noncompliant [TOCTOU001] {{self._handlers is checked at line 17 and changed at line 18 by self._handlers[key], with no lock held at either point, while EventDispatcher.register changes it at the same time: __init__ starts _loop at line 11 on the object it makes, and nothing in the package calls register on a known object: other code calls it at any time}}

    def register(self, key, handler):
        self._handlers[key] = handler  # Secondary [concurrency]
