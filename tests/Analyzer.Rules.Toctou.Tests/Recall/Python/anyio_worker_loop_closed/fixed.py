# https://github.com/agronholm/anyio/pull/1279
# Fixed: the worker calls call_soon_threadsafe() directly and tolerates the loop being
# closed concurrently by catching RuntimeError when loop.is_closed() is then true.
import threading
from queue import Queue


class SafeWorkerThread(threading.Thread):
    def __init__(self, root_task, workers, idle_workers):
        super().__init__(name="AnyIO worker thread")
        self.root_task = root_task
        self.workers = workers
        self.idle_workers = idle_workers
        self.loop = root_task._loop
        self.queue = Queue(2)

    def _deliver(self, future, result, exc):
        if not future.cancelled():
            if exc is not None:
                future.set_exception(exc)
            else:
                future.set_result(result)

    def run(self):
        while True:
            item = self.queue.get()
            if item is None:
                return
            func, args, future = item
            exception = None
            result = None
            try:
                result = func(*args)
            except BaseException as exc:
                exception = exc
            try:
                self.loop.call_soon_threadsafe(
                    self._deliver, future, result, exception)
            except RuntimeError:
                if not self.loop.is_closed():
                    raise
            self.queue.task_done()
