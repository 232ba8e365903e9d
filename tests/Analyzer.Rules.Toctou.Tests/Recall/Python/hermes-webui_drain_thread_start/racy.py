# https://github.com/nesquena/hermes-webui/pull/5794
# start_drain_thread() checks whether the global drain thread is alive and, if not, creates,
# starts and assigns a new one with no lock; two concurrent callers both see "not alive" and
# each spawn a daemon thread, the loser left unreferenced and un-joinable (issue #5783).
# Fix: check + create + start + assign under a dedicated _THREAD_LIFECYCLE_LOCK.
import queue
import threading

_DRAIN_THREAD = None
_DRAIN_STOP = threading.Event()
_OUTPUT_QUEUE = queue.Queue()


def _drain_loop():
    while not _DRAIN_STOP.is_set():
        try:
            item = _OUTPUT_QUEUE.get(timeout=0.5)
        except queue.Empty:
            continue
        print(item)


def start_drain_thread():
    global _DRAIN_THREAD
    if _DRAIN_THREAD is not None and _DRAIN_THREAD.is_alive():
        return _DRAIN_THREAD
    _DRAIN_STOP.clear()
    t = threading.Thread(target=_drain_loop, name="bg-drain", daemon=True)
    t.start()
    _DRAIN_THREAD = t  # Noncompliant
    return t


def stop_drain_thread():
    _DRAIN_STOP.set()
    t = _DRAIN_THREAD
    if t is not None:
        t.join(timeout=2)
