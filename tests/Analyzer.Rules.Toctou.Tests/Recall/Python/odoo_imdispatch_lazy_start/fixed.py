# https://github.com/odoo/odoo/pull/275084
# Fix shape from the PR "[FIX] bus: Lock ImDispatch lazy thread start to prevent startup
# race": the is_alive() test and the start() call are done while holding one lock, so only
# the first subscriber starts the dispatcher thread and later ones see it alive.
import contextlib
import threading

bus_stop_event = threading.Event()


class BusWebsocket:
    def __init__(self, uid):
        self.uid = uid
        self._channels = set()
        self.last = 0

    def subscribe(self, channels, last):
        self._channels = set(channels)
        self.last = last


class LockedImDispatch(threading.Thread):
    _start_lock = threading.Lock()

    def __init__(self):
        super().__init__(daemon=True, name="odoo.addons.bus.models.bus.Bus")
        self._channels_to_ws = {}

    def subscribe(self, channels, last, db, websocket):
        channels = {(db, c) for c in channels}
        for channel in channels:
            self._channels_to_ws.setdefault(channel, set()).add(websocket)
        websocket.subscribe(channels, last)
        with self._start_lock:
            if not self.is_alive():
                with contextlib.suppress(RuntimeError):
                    self.start()

    def run(self):
        while not bus_stop_event.wait(0.05):
            pass


bus_dispatch = LockedImDispatch()


def handle_websocket_request(uid):
    ws = BusWebsocket(uid)
    bus_dispatch.subscribe(["broadcast", "res.partner/%d" % uid], 0, "prod", ws)


def serve_reconnect_burst():
    threads = [threading.Thread(target=handle_websocket_request, args=(i,)) for i in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    bus_stop_event.set()


if __name__ == "__main__":
    serve_reconnect_burst()
