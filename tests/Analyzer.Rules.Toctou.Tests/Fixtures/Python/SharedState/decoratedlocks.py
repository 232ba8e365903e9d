import functools
import threading


def with_lock(method):
    """Runs the method holding the object's lock: every call of a method it decorates holds it."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


def traced(method):
    """Wraps the method without any lock."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        print("calling", method.__name__)
        return method(self, *args, **kwargs)

    return wrapper


class SeatMap:
    def __init__(self):
        self._lock = threading.Lock()
        self._seats = {}

    @with_lock
    def reserve(self, seat, who):
        if seat not in self._seats:
            self._seats[seat] = who
            return True
        return False

    @traced
    def reserve_traced(self, seat, who):
        if seat not in self._seats:  # Secondary [check]
            self._seats[seat] = who  # Noncompliant [TOCTOU001] {{self._seats is checked at line 41 and changed at line 42 by self._seats[seat], with no lock held at either point}}
            return True
        return False

    def release(self, seat):
        with self._lock:
            self._seats.pop(seat, None)


def serialized(fn):
    """One lock per decorated function, which every call of it takes."""
    lock = threading.Lock()

    def wrapper(*args, **kwargs):
        with lock:
            return fn(*args, **kwargs)

    return wrapper


_tickets = {}
_tickets_lock = threading.Lock()


def drop_tickets():
    with _tickets_lock:
        _tickets.clear()


@serialized
def issue_ticket(key):
    if key not in _tickets:
        _tickets[key] = object()
    return _tickets[key]


@traced
def issue_ticket_traced(key):
    if key not in _tickets:  # Secondary [check]
        _tickets[key] = object()  # Noncompliant [TOCTOU001] {{_tickets is checked at line 80 and changed at line 81 by _tickets[key], with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
    return _tickets[key]


import wrapt


class Turnstile:
    """wrapt's @synchronized runs each decorated method under a lock of the object's own."""

    def __init__(self):
        self._lock = threading.Lock()
        self._passes = {}

    @wrapt.synchronized
    def admit(self, ticket):
        if ticket not in self._passes:
            self._passes[ticket] = 1

    def admit_unlocked(self, ticket):
        if ticket not in self._passes:  # Secondary [check]
            self._passes[ticket] = 1  # Noncompliant [TOCTOU001] {{self._passes is checked at line 101 and changed at line 102 by self._passes[ticket], with no lock held at either point}}

    def close(self):
        with self._lock:
            self._passes.clear()
