# https://github.com/DataDog/dd-trace-py/pull/1425
# Fixed version: the first write() still starts the flush thread lazily, but the flag is tested a
# second time while holding _started_lock, so exactly one caller runs Thread.start().
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class PeriodicThread(threading.Thread):
    def __init__(self, interval, name):
        super().__init__(name=name, daemon=True)
        self.interval = interval
        self._quit = threading.Event()

    def run(self):
        while not self._quit.wait(self.interval):
            self.periodic()
        self.at_exit()

    def shutdown(self):
        self._quit.set()

    def periodic(self):
        pass

    def at_exit(self):
        pass


class TraceAgentWriter(PeriodicThread):
    FLUSH_INTERVAL = 1.0

    def __init__(self, hostname="localhost", port=8126):
        super().__init__(interval=self.FLUSH_INTERVAL, name="TraceAgentWriter")
        self._hostname = hostname
        self._port = port
        self._started = False
        self._started_lock = threading.Lock()
        self._pending = []
        self._pending_lock = threading.Lock()

    def emit(self, spans=None):
        # Start the writer on first write, once.
        if self._started is False:
            with self._started_lock:
                if self._started is False:
                    self.start()
                    self._started = True
        if spans:
            with self._pending_lock:
                self._pending.append(spans)

    def flush_pending(self):
        with self._pending_lock:
            traces, self._pending = self._pending, []
        return len(traces)

    def periodic(self):
        self.flush_pending()

    at_exit = periodic


def serve_request(writer, i):
    time.sleep(0.001)
    writer.emit([{"trace_id": i, "name": "web.request"}])


if __name__ == "__main__":
    trace_writer = TraceAgentWriter()
    with ThreadPoolExecutor(max_workers=16) as pool:
        for i in range(64):
            pool.submit(serve_request, trace_writer, i)
    trace_writer.shutdown()
