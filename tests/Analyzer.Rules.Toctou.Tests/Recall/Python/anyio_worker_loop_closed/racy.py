# https://github.com/agronholm/anyio/pull/1279
# WorkerThread.run() checks loop.is_closed() and then calls loop.call_soon_threadsafe();
# the event loop thread can close the loop in between, so call_soon_threadsafe raises
# RuntimeError("Event loop is closed") inside the worker thread (issue #1265).
# Fix: call it directly and swallow RuntimeError only when the loop is closed.
import asyncio
import threading
from queue import Queue


class WorkerThread(threading.Thread):
    def __init__(self, root_task, workers, idle_workers):
        super().__init__(name="AnyIO worker thread")
        self.root_task = root_task
        self.workers = workers
        self.idle_workers = idle_workers
        self.loop = root_task._loop
        self.queue = Queue(2)

    def _report_result(self, future, result, exc):
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
            if not self.loop.is_closed():
                self.loop.call_soon_threadsafe(  # Noncompliant
                    self._report_result, future, result, exception)
            self.queue.task_done()
