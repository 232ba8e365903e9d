# https://github.com/websocket-client/websocket-client/pull/1057
# Fixed version: close() keeps a local reference to the socket for the whole method, so the
# run_forever() thread clearing self.sock during teardown can no longer make close() dereference None.
import threading
import time


class SocketStub:
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
        time.sleep(0.05)


class StreamingWebSocketApp:
    def __init__(self, url, on_close=None):
        self.url = url
        self.on_close = on_close
        self.sock = None
        self.keep_running = False

    def run_forever(self):
        self.sock = SocketStub()
        self.keep_running = True
        try:
            while self.keep_running and self.sock.connected:
                if self.sock.recv() is None:
                    break
        finally:
            self._tear_down()

    def _tear_down(self):
        self.keep_running = False
        sock = self.sock
        if sock and sock.connected:
            sock.close()
        self.sock = None

    def shutdown(self, **kwargs):
        self.keep_running = False
        sock = self.sock
        if sock:
            sock.close(**kwargs)
            close_frame = sock.close_frame
            if self.on_close:
                self.on_close(self, *close_frame)
            self.sock = None


if __name__ == "__main__":
    app = StreamingWebSocketApp("wss://stream.example.com/ws", on_close=lambda ws, code, msg: print("closed", code))
    worker = threading.Thread(target=app.run_forever, daemon=True)
    worker.start()
    time.sleep(0.1)
    app.shutdown(status=1000)
    worker.join()
