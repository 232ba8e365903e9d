import threading


class Roster:
    """A local bound to the lock attribute is that lock."""

    def __init__(self):
        self._lock = threading.Lock()
        self._members = {}

    def join_through_alias(self, name):
        lock = self._lock
        with lock:
            if name not in self._members:
                self._members[name] = True

    def join_unlocked(self, name):
        if name not in self._members:  # Secondary [check]
            self._members[name] = True  # Noncompliant [TOCTOU001] {{self._members is checked at line 18 and changed at line 19 by self._members[name], with no lock held at either point}}

    def leave(self, name):
        with self._lock:
            self._members.pop(name, None)
