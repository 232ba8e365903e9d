# https://github.com/nesquena/hermes-webui/pull/5794
# Fixed: the alive check, thread creation, start and global assignment happen while
# holding _THREAD_LIFECYCLE_LOCK; stop/join stay outside the lock.
import queue
import threading

_THREAD_LIFECYCLE_LOCK = threading.Lock()
_PUMP_THREAD = None
_PUMP_STOP = threading.Event()
_PUMP_QUEUE = queue.Queue()


def _pump_loop():
    while not _PUMP_STOP.is_set():
        try:
            item = _PUMP_QUEUE.get(timeout=0.5)
        except queue.Empty:
            continue
        print(item)


def start_pump_thread():
    global _PUMP_THREAD
    with _THREAD_LIFECYCLE_LOCK:
        if _PUMP_THREAD is not None and _PUMP_THREAD.is_alive():
            return _PUMP_THREAD
        _PUMP_STOP.clear()
        t = threading.Thread(target=_pump_loop, name="bg-drain", daemon=True)
        t.start()
        _PUMP_THREAD = t
        return t


def stop_pump_thread():
    _PUMP_STOP.set()
    t = _PUMP_THREAD
    if t is not None:
        t.join(timeout=2)
