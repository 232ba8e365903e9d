# https://github.com/caproto/caproto/pull/190 ("FIX: protect more things with lock")
# In the threading client, waiting for a PV checked "am I connected?", then cleared the connection
# event and waited on it. If the circuit's command thread connected the PV and set the event between
# the check and the clear, the clear erased that signal and the waiter blocked forever. The fix
# does the check and the clear under the same lock the connection callback holds.
import queue
import threading


class PV:
    def __init__(self, name):
        self.name = name
        self.channel = None
        self._connected = False
        self._lock = threading.RLock()
        self._connection_event = threading.Event()

    @property
    def connected(self):
        return self._connected

    def connection_is_ready(self, channel):
        # called from the circuit's command thread
        with self._lock:
            self.channel = channel
            self._connected = True
            self._connection_event.set()

    def wait_for_connection(self, timeout=None):
        if self.connected:
            return True
        self._connection_event.clear()  # Noncompliant
        return self._connection_event.wait(timeout)


class VirtualCircuitManager:
    def __init__(self):
        self.commands = queue.Queue()
        self.pvs = {}
        self.thread = threading.Thread(target=self._command_loop, daemon=True)
        self.thread.start()

    def _command_loop(self):
        while True:
            name, channel = self.commands.get()
            pv = self.pvs.get(name)
            if pv is not None:
                pv.connection_is_ready(channel)
