# https://github.com/fsspec/filesystem_spec/issues/1783
# Fixed version: the module makes its lock when it is imported, so every thread gets the same one.
import threading

_module_lock = threading.Lock()
_event_loop = [None]


def module_lock():
    return _module_lock


def event_loop():
    if _event_loop[0] is None:
        with module_lock():
            if _event_loop[0] is None:
                _event_loop[0] = object()
    return _event_loop[0]
