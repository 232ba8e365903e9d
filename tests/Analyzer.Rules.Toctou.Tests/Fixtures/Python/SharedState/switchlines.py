import threading

# A module of the package that keeps lines under its own lock; modulecaches.dial_line looks one up and stores it
# through these functions, each a hold of _lines_lock of its own.
_lines_lock = threading.Lock()
_lines = {}


def find_line(name):
    with _lines_lock:
        return _lines.get(name)


def keep_line(name, line):
    with _lines_lock:
        _lines[name] = line
