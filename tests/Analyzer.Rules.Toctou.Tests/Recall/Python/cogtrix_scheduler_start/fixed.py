# https://github.com/NorthlandPositronics/Cogtrix/pull/1492 (issue #1120)
# Fixed version: the "already running?" check and the creation/start of the dispatch
# thread happen under the same lock, so only one dispatch thread can be started.
import threading


class GuardedScheduler(object):
    def __init__(self, deliver):
        self._deliver = deliver
        self._mutex = threading.Lock()
        self._pending = {}
        self._halt = threading.Event()
        self._worker = None

    def add(self, msg_id, text):
        with self._mutex:
            self._pending[msg_id] = text

    def launch(self):
        with self._mutex:
            if self._worker is not None and self._worker.is_alive():
                return
            self._worker = threading.Thread(target=self._loop, daemon=True, name="scheduler-dispatch")
            self._worker.start()

    def shutdown(self):
        self._halt.set()
        if self._worker is not None:
            self._worker.join(timeout=10)
        self._halt.clear()

    def _loop(self):
        while not self._halt.is_set():
            with self._mutex:
                batch = list(self._pending.items())
                self._pending.clear()
            for msg_id, text in batch:
                self._deliver(msg_id, text)
            self._halt.wait(timeout=1.0)
