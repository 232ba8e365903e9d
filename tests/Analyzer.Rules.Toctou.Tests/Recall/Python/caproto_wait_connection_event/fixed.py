# https://github.com/caproto/caproto/pull/190 ("FIX: protect more things with lock")
# Fixed version: the connected check and the event clear happen under the PV lock that the
# connection callback also takes, so a connection cannot slip in between and be lost.
import queue
import threading


class ProcessVariable:
    def __init__(self, name):
        self.name = name
        self.channel = None
        self._is_connected = False
        self._pv_lock = threading.RLock()
        self._ready_event = threading.Event()

    @property
    def is_connected(self):
        return self._is_connected

    def on_connection(self, channel):
        # called from the circuit's command thread
        with self._pv_lock:
            self.channel = channel
            self._is_connected = True
            self._ready_event.set()

    def block_until_connected(self, timeout=None):
        with self._pv_lock:
            if self.is_connected:
                return True
            self._ready_event.clear()
        return self._ready_event.wait(timeout)


class CircuitManager:
    def __init__(self):
        self.inbox = queue.Queue()
        self.variables = {}
        self.worker = threading.Thread(target=self._process_commands, daemon=True)
        self.worker.start()

    def _process_commands(self):
        while True:
            name, channel = self.inbox.get()
            pv = self.variables.get(name)
            if pv is not None:
                pv.on_connection(channel)
