# https://bugs.python.org/issue31783 (fix: https://github.com/python/cpython/pull/13171)
# Fixed: a module-level lock is taken by the exit hook when it sets the flag and by
# submit() around the flag check and the worker registration, so no worker is added
# after the exit hook has taken its snapshot.
import atexit
import queue
import threading
import weakref

_registered_queues = weakref.WeakKeyDictionary()
_exiting = False
_global_shutdown_lock = threading.Lock()


def _join_workers_at_exit():
    global _exiting
    with _global_shutdown_lock:
        _exiting = True
    items = list(_registered_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


atexit.register(_join_workers_at_exit)


def _drain(work_queue):
    while True:
        item = work_queue.get()
        if item is None:
            work_queue.put(None)
            return
        item()


class SafeThreadPool:
    def __init__(self, max_workers=4):
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._threads = set()
        self._shutdown_lock = threading.Lock()

    def schedule(self, fn):
        with self._shutdown_lock, _global_shutdown_lock:
            if _exiting:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            self._work_queue.put(fn)
            self._grow_if_needed()

    def _grow_if_needed(self):
        if len(self._threads) < self._max_workers:
            t = threading.Thread(target=_drain, args=(self._work_queue,))
            t.daemon = True
            t.start()
            self._threads.add(t)
            _registered_queues[t] = self._work_queue


def _keep_submitting(executor):
    while True:
        executor.schedule(lambda: None)


if __name__ == "__main__":
    pool = SafeThreadPool()
    threading.Thread(target=_keep_submitting, args=(pool,), daemon=True).start()
