# https://github.com/python-zeroconf/python-zeroconf/pull/477
# ServiceBrowser.run() tests len(self._handlers_to_call) == 0 without holding zc.condition and then
# calls zc.wait(), which takes the condition and sleeps until the next query time. The engine thread
# queues a state-change handler and notify_all()s the condition; if that happens between the test
# and the wait, the notification is lost and the browser sleeps the whole interval before firing
# the callback (issues #476, #471). Fix: re-test _handlers_to_call while holding the condition.
import collections
import threading
import time


def current_time_millis():
    return time.monotonic() * 1000


class Zeroconf:
    def __init__(self):
        self.condition = threading.Condition()
        self._handlers_lock = threading.Lock()
        self.listeners = []
        self.done = False

    def wait(self, timeout):
        """Calling thread waits for a given number of milliseconds or until notified."""
        with self.condition:
            self.condition.wait(timeout / 1000.0)

    def notify_all(self):
        with self.condition:
            self.condition.notify_all()

    def handle_response(self, name):
        """Runs on the engine thread for every incoming mDNS response."""
        with self._handlers_lock:
            for listener in self.listeners:
                listener.update_record(self, name)
        self.notify_all()


class ServiceBrowser(threading.Thread):
    def __init__(self, zc, type_, handler, delay=1000):
        super().__init__(daemon=True)
        self.zc = zc
        self.type = type_
        self._handler = handler
        self._delay = delay
        self._next_time = current_time_millis() + delay
        self._handlers_to_call = collections.OrderedDict()
        self.done = False
        zc.listeners.append(self)
        self.start()

    def update_record(self, zc, name):
        self._handlers_to_call[name] = "Added"

    def run(self):
        while True:
            now = current_time_millis()
            next_time = self._next_time
            if len(self._handlers_to_call) == 0 and next_time > now:
                self.zc.wait(next_time - now)  # Noncompliant
            if self.zc.done or self.done:
                return
            now = current_time_millis()
            if self._next_time <= now:
                self._next_time = now + self._delay  # send the PTR query here
            if len(self._handlers_to_call) > 0 and not self.zc.done:
                with self.zc._handlers_lock:
                    (name, state_change) = self._handlers_to_call.popitem(False)
                self._handler(self.type, name, state_change)


if __name__ == "__main__":
    zc = Zeroconf()
    seen = []
    browser = ServiceBrowser(zc, "_http._tcp.local.", lambda t, n, s: seen.append(n))
    engine = threading.Thread(target=zc.handle_response, args=("printer._http._tcp.local.",))
    engine.start()
    engine.join()
    time.sleep(0.1)
    print(seen)
