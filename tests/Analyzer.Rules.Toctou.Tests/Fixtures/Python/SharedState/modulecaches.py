import threading

from . import switchlines

# A module-level cache read through a plain helper: _find_channel answers under _channel_lock and lets it go, so two
# threads in open_channel can both find no channel for a name and both store their own, and each goes on with its own.
_channel_lock = threading.Lock()
_channels = {}


def _find_channel(name):
    with _channel_lock:
        return _channels.get(name)


def open_channel(name):
    channel = _find_channel(name)
    if channel is None:
        channel = object()
        with _channel_lock:
            _channels[name] = channel  # Noncompliant [TOCTOU001] {{_channels is checked at line 17 and changed at line 21 by _channels[name], and _channel_lock is released and re-taken at line 20 in between; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
    return channel


def open_channel_once(name):
    channel = _find_channel(name)
    if channel is not None:
        return channel
    with _channel_lock:
        return _channels.setdefault(name, object())


def _line_for(board, name):
    with board.lock:
        return board.lines.get(name)


class Switchboard:
    """The same through a helper handed the board: _line_for answers under the board's lock, which connect takes again
    to store."""

    def __init__(self):
        self.lock = threading.Lock()
        self.lines = {}

    def connect(self, name):
        line = _line_for(self, name)
        if line is None:
            line = object()
            with self.lock:
                self.lines[name] = line  # Noncompliant [TOCTOU001] {{self.lines is checked at line 47 and changed at line 51 by self.lines[name], and self.lock is released and re-taken at line 50 in between; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return line


_engine_lock = threading.Lock()
_engine = None


def _create_engine():
    global _engine
    with _engine_lock:
        _engine = object()


def get_engine():
    """Made on first use through a helper that sets it under the lock: two callers can both find it missing."""
    if _engine is None:
        _create_engine()  # Noncompliant [TOCTOU001] {{_engine is checked at line 67 and changed at line 68 by _create_engine(), but the check runs before _engine_lock is taken at line 68, inside _create_engine()}}
    return _engine


def _ensure_engine():
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = object()


def get_engine_once():
    if _engine is None:
        _ensure_engine()
    return _engine


class _Table:
    def __init__(self):
        self._lock = threading.Lock()
        self._rows = {}

    def _row(self, name):
        with self._lock:
            return self._rows.get(name)

    def _set_row(self, name, row):
        with self._lock:
            self._rows[name] = row


class Exchange(_Table):
    """Looks a row up and stores it through the base class's methods, each under its lock; serve runs attach on many
    threads at once."""

    def attach(self, name):
        if self._row(name) is None:
            self._set_row(name, object())  # Noncompliant [TOCTOU001] {{self._rows is checked at line 104 and changed at line 105 by self._set_row(name, object()), and self._lock is released and re-taken at line 105, inside _set_row() in between}}

    def serve(self, names):
        for name in names:
            threading.Thread(target=self.attach, args=(name,)).start()


def dial_line(name):
    """Looks a line up and stores it through a module of the package, each call under that module's lock."""
    line = switchlines.find_line(name)
    if line is None:
        line = object()
        switchlines.keep_line(name, line)  # Noncompliant [TOCTOU001] {{switchlines._lines is checked at line 114 and changed at line 117 by switchlines.keep_line(name, line), and switchlines._lines_lock is released and re-taken at line 117, inside keep_line() in between}}
    return line


_calls_lock = threading.Lock()
_active_calls = 0


def _calls_in_flight():
    with _calls_lock:
        return _active_calls


def _enter_call():
    global _active_calls
    with _calls_lock:
        _active_calls += 1


def admit_call(limit):
    """Reads the count and raises it through two helpers, each under the lock: two callers can both pass the test."""
    if _calls_in_flight() >= limit:
        return False
    _enter_call()  # Noncompliant [TOCTOU001] {{_active_calls is checked at line 138 and changed at line 140 by _enter_call(), and _calls_lock is released and re-taken at line 140, inside _enter_call() in between}}
    return True
