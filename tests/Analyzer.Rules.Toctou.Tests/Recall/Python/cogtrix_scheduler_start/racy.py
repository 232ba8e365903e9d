# https://github.com/NorthlandPositronics/Cogtrix/pull/1492 (issue #1120)
# MessageScheduler.start() tested "self._thread is not None and self._thread.is_alive()"
# without holding self._lock, which every other method uses for the queue. Two
# concurrent start() calls could both pass the test and each create a dispatch thread;
# the second overwrote self._thread and the first kept running untracked. The fix holds
# self._lock from the alive check through creating and starting the thread.
import threading


class MessageScheduler(object):
    def __init__(self, send):
        self._send = send
        self._lock = threading.Lock()
        self._queue = {}
        self._stop_event = threading.Event()
        self._thread = None

    def enqueue(self, msg_id, text):
        with self._lock:
            self._queue[msg_id] = text

    def start(self):
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._dispatch_loop, daemon=True, name="scheduler-dispatch")  # Noncompliant
        self._thread.start()

    def stop(self):
        self._stop_event.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._stop_event.clear()

    def _dispatch_loop(self):
        while not self._stop_event.is_set():
            with self._lock:
                due = list(self._queue.items())
                self._queue.clear()
            for msg_id, text in due:
                self._send(msg_id, text)
            self._stop_event.wait(timeout=1.0)
