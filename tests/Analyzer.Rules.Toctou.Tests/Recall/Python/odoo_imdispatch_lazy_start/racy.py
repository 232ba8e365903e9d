# https://github.com/odoo/odoo/pull/275084
# bus ImDispatch.subscribe(), called from every websocket request thread, lazily starts the
# dispatcher with `if not self.is_alive(): self.start()`; clients reconnecting together all see
# "not alive" and all call start() (losers' RuntimeError is suppressed, but start() side effects
# such as APM Thread.start patches run each time). Fix: one lock held across the check and start().
import contextlib
import threading

stop_event = threading.Event()


class Websocket:
    def __init__(self, uid):
        self.uid = uid
        self._channels = set()
        self.last = 0

    def subscribe(self, channels, last):
        self._channels = set(channels)
        self.last = last


class ImDispatch(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True, name="odoo.addons.bus.models.bus.Bus")
        self._channels_to_ws = {}

    def subscribe(self, channels, last, db, websocket):
        channels = {(db, c) for c in channels}
        for channel in channels:
            self._channels_to_ws.setdefault(channel, set()).add(websocket)
        websocket.subscribe(channels, last)
        with contextlib.suppress(RuntimeError):
            if not self.is_alive():
                self.start()  # Noncompliant

    def run(self):
        while not stop_event.wait(0.05):
            pass


dispatch = ImDispatch()


def websocket_request(uid):
    ws = Websocket(uid)
    dispatch.subscribe(["broadcast", "res.partner/%d" % uid], 0, "prod", ws)


def main():
    threads = [threading.Thread(target=websocket_request, args=(i,)) for i in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop_event.set()


if __name__ == "__main__":
    main()
