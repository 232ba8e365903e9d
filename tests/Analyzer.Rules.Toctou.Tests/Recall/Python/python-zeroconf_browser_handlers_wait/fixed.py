# https://github.com/python-zeroconf/python-zeroconf/pull/477
# Fixed version: the browser computes its timeout, then takes zc.condition and checks
# _handlers_to_call again while holding it before calling condition.wait(). The engine thread
# appends handlers and notifies under the same condition, so a handler queued after the first
# look is either seen by the re-check or wakes up the wait.
import collections
import threading
import time


def now_millis():
    return time.monotonic() * 1000


class ZeroconfCore:
    def __init__(self):
        self.condition = threading.Condition()
        self.listener_lock = threading.Lock()
        self.subscribers = []
        self.closed = False

    def deliver_response(self, name):
        """Runs on the engine thread for every incoming mDNS response."""
        with self.listener_lock:
            for sub in self.subscribers:
                sub.on_record(self, name)
        with self.condition:
            self.condition.notify_all()


class BrowserLoop:
    def __init__(self, zc, type_, handler, delay=1000):
        self.zc = zc
        self.type = type_
        self._callback = handler
        self._delay = delay
        self._next_query = now_millis() + delay
        self._pending = collections.OrderedDict()
        self.cancelled = False
        zc.subscribers.append(self)
        self._thread = threading.Thread(target=self._browse, daemon=True)
        self._thread.start()

    def on_record(self, zc, name):
        self._pending[name] = "Added"

    def _seconds_to_wait(self):
        if self._pending:
            return 0
        delay = self._next_query - now_millis()
        return delay / 1000.0 if delay > 0 else 0

    def _browse(self):
        while True:
            timeout = self._seconds_to_wait()
            if timeout:
                with self.zc.condition:
                    # We must check again while holding the condition
                    # in case the other thread has added to _pending
                    if not self._pending:
                        self.zc.condition.wait(timeout)
            if self.zc.closed or self.cancelled:
                return
            now = now_millis()
            if self._next_query <= now:
                self._next_query = now + self._delay  # send the PTR query here
            if not self._pending:
                continue
            with self.zc.listener_lock:
                (name, state_change) = self._pending.popitem(False)
            self._callback(self.type, name, state_change)


if __name__ == "__main__":
    core = ZeroconfCore()
    found = []
    loop = BrowserLoop(core, "_http._tcp.local.", lambda t, n, s: found.append(n))
    engine = threading.Thread(target=core.deliver_response, args=("printer._http._tcp.local.",))
    engine.start()
    engine.join()
    time.sleep(0.1)
    print(found)
