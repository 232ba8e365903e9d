# https://github.com/DataDog/dd-trace-py/pull/1425
# AgentWriter starts its flush thread lazily on the first write(): it tested self._started and then called
# self.start(). Application threads emitting their first traces at the same moment both saw False and both
# called Thread.start() -> RuntimeError("threads can only be started once").
# Fix: _started_lock, with the flag tested again inside it before start() (double-checked start).
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class PeriodicWorkerThread(threading.Thread):
    def __init__(self, interval, name):
        super().__init__(name=name, daemon=True)
        self.interval = interval
        self._stop_event = threading.Event()

    def run(self):
        while not self._stop_event.wait(self.interval):
            self.run_periodic()
        self.on_shutdown()

    def stop(self):
        self._stop_event.set()

    def run_periodic(self):
        pass

    def on_shutdown(self):
        pass


class AgentWriter(PeriodicWorkerThread):
    QUEUE_PROCESSING_INTERVAL = 1.0

    def __init__(self, hostname="localhost", port=8126):
        super().__init__(interval=self.QUEUE_PROCESSING_INTERVAL, name="AgentWriter")
        self._hostname = hostname
        self._port = port
        self._started = False
        self._queue = []
        self._queue_lock = threading.Lock()

    def write(self, spans=None):
        # Start the AgentWriter on first write.
        if self._started is False:
            self.start()
            self._started = True  # Noncompliant
        if spans:
            with self._queue_lock:
                self._queue.append(spans)

    def flush_queue(self):
        with self._queue_lock:
            traces, self._queue = self._queue, []
        return len(traces)

    def run_periodic(self):
        self.flush_queue()

    on_shutdown = run_periodic


def handle_request(writer, i):
    time.sleep(0.001)
    writer.write([{"trace_id": i, "name": "web.request"}])


if __name__ == "__main__":
    writer = AgentWriter()
    with ThreadPoolExecutor(max_workers=16) as pool:
        for i in range(64):
            pool.submit(handle_request, writer, i)
    writer.stop()
