import threading


class Reactor:
    """A class with a lock is made for threads: a value of its own made on first use with no lock is a race."""

    _instance_lock = threading.Lock()

    @staticmethod
    def current():
        """hasattr on the class's own name asks after the same class attribute as Reactor._current."""
        if not hasattr(Reactor, "_current"):  # Secondary [check]
            Reactor._current = Reactor()  # Noncompliant {{Reactor._current is checked at line 12 and changed at line 13 by Reactor._current, with no lock held at either point, though Reactor has a lock, _instance_lock; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return Reactor._current


class Plain:
    """No lock and no thread in sight, but the class keeps one for the whole process and anyone who names the class
    can call current(): two first callers at once both make it, as for a module global made on first use."""

    @staticmethod
    def current():
        if not hasattr(Plain, "_current"):  # Secondary [check]
            Plain._current = Plain()  # Noncompliant {{Plain._current is checked at line 23 and changed at line 24 by Plain._current, with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return Plain._current
