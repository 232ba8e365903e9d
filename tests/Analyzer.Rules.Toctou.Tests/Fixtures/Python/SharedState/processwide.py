import threading


def _read_settings():
    return {"debug": False}


# get_settings fills a module-level variable on first use, for any caller on any thread: two first callers at once
# both read the settings.
_settings = None


def get_settings():
    global _settings
    if _settings is None:
        _settings = _read_settings()  # Noncompliant [TOCTOU001] {{_settings is checked at line 15 and changed at line 16 by _settings, with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
    return _settings


# get_table publishes an empty dict and fills it after: a caller that comes in between finds it there, but empty.
_table = None


def get_table():
    global _table
    if _table is None:
        _table = {}  # Noncompliant [TOCTOU001] {{_table is checked at line 26 and changed at line 27 by _table and at line 28 by _table["default"], with no lock held at either point; it stores the new value at line 27 and fills it only after, at line 28: a caller that comes in between finds it there but not yet filled}}
        _table["default"] = _read_settings()
    return _table


# A leading underscore keeps a function to its module; nothing here runs it on a thread.
_defaults = None


def _get_defaults():
    global _defaults
    if _defaults is None:
        _defaults = _read_settings()
    return _defaults


# Each thread has its own attributes on a threading.local, made directly or through a subclass.
_state = threading.local()


def current_settings():
    if getattr(_state, "settings", None) is None:
        _state.settings = _read_settings()
    return _state.settings


class _Context(threading.local):
    settings = None


_context = _Context()


def context_settings():
    if _context.settings is None:
        _context.settings = _read_settings()
    return _context.settings


# The same variable under a module-level lock, checked again under it.
_locked = None
_locked_lock = threading.Lock()


def locked_settings():
    global _locked
    if _locked is None:
        with _locked_lock:
            if _locked is None:
                _locked = _read_settings()
    return _locked


# A class-level method needs no object: whoever names the class calls it, and what it keeps on the class is one per
# process.
class EventLoop:
    _current = None

    def __init__(self):
        self._handlers = None

    @classmethod
    def current(cls):
        if cls._current is None:
            cls._current = cls()  # Noncompliant [TOCTOU001] {{cls._current is checked at line 90 and changed at line 91 by cls._current, with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return cls._current

    @classmethod
    def _private_current(cls):
        if cls._current is None:
            cls._current = cls()
        return cls._current

    # An object's own value: its owner may keep it to one thread.
    def handlers(self):
        if self._handlers is None:
            self._handlers = {}
        return self._handlers


# The same under a class-level lock, checked again under it.
class LockedLoop:
    _current = None
    _current_lock = threading.Lock()

    @classmethod
    def current(cls):
        with cls._current_lock:
            if cls._current is None:
                cls._current = cls()
            return cls._current


# A cache behind the module's default object: cached_settings, which any module can call, reaches the one _cache.
class _SettingsCache:
    def __init__(self):
        self._entries = {}

    def lookup(self, name):
        if name not in self._entries:
            self._entries[name] = _read_settings()  # Noncompliant [TOCTOU001] {{self._entries is checked at line 126 and changed at line 127 by self._entries[name], with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return self._entries[name]

    # A registration refuses a duplicate and returns nothing of the table: set-up code registers, one at a time.
    def register(self, name, settings):
        if name in self._entries:
            return False
        self._entries[name] = settings
        return True


_cache = _SettingsCache()


def cached_settings(name):
    return _cache.lookup(name)  # Secondary [concurrency]


def register_settings(name, settings):
    return _cache.register(name, settings)
