# https://bugs.python.org/issue31783 (fix: https://github.com/python/cpython/pull/13171)
# concurrent.futures.thread kept a module-global `_shutdown` flag and a global
# `_threads_queues` registry that the atexit hook snapshots and joins. submit() checked
# `_shutdown` under the executor's own lock only, then started a worker and registered
# it; the exit hook, running on the main thread, could set `_shutdown` and copy the
# registry in between, so the new worker was never joined. The fix adds a module-level
# `_global_shutdown_lock` held by both the exit hook and submit() across check and act.
import atexit
import queue
import threading
import weakref

_threads_queues = weakref.WeakKeyDictionary()
_shutdown = False


def _python_exit():
    global _shutdown
    _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


atexit.register(_python_exit)


def _worker(work_queue):
    while True:
        item = work_queue.get()
        if item is None:
            work_queue.put(None)
            return
        item()


class ThreadPoolExecutor:
    def __init__(self, max_workers=4):
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._threads = set()
        self._shutdown_lock = threading.Lock()

    def submit(self, fn):
        with self._shutdown_lock:
            if _shutdown:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            self._work_queue.put(fn)
            self._adjust_thread_count()

    def _adjust_thread_count(self):
        if len(self._threads) < self._max_workers:
            t = threading.Thread(target=_worker, args=(self._work_queue,))
            t.daemon = True
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue  # Noncompliant


def _background_producer(executor):
    while True:
        executor.submit(lambda: None)


if __name__ == "__main__":
    pool = ThreadPoolExecutor()
    threading.Thread(target=_background_producer, args=(pool,), daemon=True).start()
