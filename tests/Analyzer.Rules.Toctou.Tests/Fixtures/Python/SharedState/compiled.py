import threading

# Module globals are shared like fields: the module locks _compiled and _hits with _lock.
_lock = threading.Lock()
_compiled = {}
_hits = 0


def compiled(pattern):
    with _lock:
        if pattern not in _compiled:
            _compiled[pattern] = object()
        return _compiled[pattern]


def compiled_fast(pattern):
    if pattern not in _compiled:  # Secondary [check]
        with _lock:
            _compiled[pattern] = object()  # Noncompliant [TOCTOU001] {{_compiled is checked at line 17 and changed at line 19 by _compiled[pattern], but the check runs before _lock is taken at line 18; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
    return _compiled[pattern]


def rebuilt(patterns):
    # An assignment makes _compiled a local here: not the module's dict.
    _compiled = {}
    for pattern in patterns:
        if pattern not in _compiled:
            _compiled[pattern] = object()
    return _compiled


def clear_compiled():
    # Deleting what the loop found: deleting a pattern twice is deleting it once.
    for pattern in list(_compiled):
        del _compiled[pattern]


def count_hit():
    global _hits
    with _lock:
        _hits += 1


def count_hit_below(limit):
    global _hits
    if _hits < limit:  # Secondary [check]
        with _lock:
            _hits += 1  # Noncompliant [TOCTOU001] {{_hits is checked at line 46 and changed at line 48 by _hits, but the check runs before _lock is taken at line 47}}


# Module state that no code locks is set up at import time: not reported.
_defaults = {}


def set_default(key, value):
    if key not in _defaults:
        _defaults[key] = value


# A lock is known by how it is made, whatever its name.
_seen_guard = threading.RLock()
_seen = set()


def remember(item):
    with _seen_guard:
        if item not in _seen:
            _seen.add(item)


def remember_fast(item):
    if item not in _seen:  # Secondary [check]
        with _seen_guard:
            _seen.add(item)  # Noncompliant [TOCTOU001] {{_seen is checked at line 72 and changed at line 74 by _seen.add(item), but the check runs before _seen_guard is taken at line 73}}
