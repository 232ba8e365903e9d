# https://github.com/fsspec/filesystem_spec/issues/1783
# get_lock made the module's lock on first use: two threads entering at once could both see no lock, each make one, and
# each return a different lock, so the code both guard runs in both threads at once. The fix makes the lock when the
# module is imported.
import threading

_lock = None
_loop = [None]


def get_lock():
    global _lock
    if not _lock:
        _lock = threading.Lock()  # Noncompliant [TOCTOU001]
    return _lock


def get_loop():
    if _loop[0] is None:
        with get_lock():
            if _loop[0] is None:
                _loop[0] = object()
    return _loop[0]
