# https://github.com/websocket-client/websocket-client/pull/1057
# In 1.9.1 WebSocketApp.close() tested self.sock, called self.sock.close() (waits for the close
# handshake) and then read self.sock.close_frame; the run_forever() thread's teardown sets self.sock =
# None meanwhile, so close() from another thread raised AttributeError on None (#1055/#1056).
# Fix: close() copies self.sock into a local once and uses only that reference.
import threading
import time


class WebSocket:
    def __init__(self):
        self.connected = True
        self.close_frame = None
        self.closed_event = threading.Event()

    def recv(self):
        self.closed_event.wait()
        return None

    def close(self, status=1000, reason=b"", timeout=3):
        self.close_frame = (status, reason)
        self.connected = False
        self.closed_event.set()
        time.sleep(0.05)  # waits for the peer's close frame


class WebSocketApp:
    def __init__(self, url, on_close=None):
        self.url = url
        self.on_close = on_close
        self.sock = None
        self.keep_running = False

    def run_forever(self):
        self.sock = WebSocket()
        self.keep_running = True
        try:
            while self.keep_running and self.sock.connected:
                if self.sock.recv() is None:
                    break
        finally:
            self._teardown()

    def _teardown(self):
        self.keep_running = False
        if self.sock and self.sock.connected:
            self.sock.close()
        self.sock = None

    def close(self, **kwargs):
        self.keep_running = False
        if self.sock:
            self.sock.close(**kwargs)
            close_frame = self.sock.close_frame  # Noncompliant
            if self.on_close:
                self.on_close(self, *close_frame)
            self.sock = None


if __name__ == "__main__":
    app = WebSocketApp("wss://stream.example.com/ws", on_close=lambda ws, code, msg: print("closed", code))
    worker = threading.Thread(target=app.run_forever, daemon=True)
    worker.start()
    time.sleep(0.1)
    app.close(status=1000)  # the application shuts the stream down from its main thread
    worker.join()
