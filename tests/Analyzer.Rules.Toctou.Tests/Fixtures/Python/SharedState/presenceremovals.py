import threading


class Subscriptions:
    """Shared by threads (add() locks). drop() pops the entry with a default after testing that it is there: a pop of an
    entry already gone does nothing, so the test decides nothing a race could spoil. take() deletes it, which raises
    KeyError when another thread took it out in between."""

    def __init__(self):
        self._lock = threading.Lock()
        self._subs = {}

    def add(self, name, handler):
        with self._lock:
            self._subs[name] = handler

    def drop(self, name):
        if name in self._subs:
            self._subs.pop(name, None)

    def take(self, name):
        if name in self._subs:  # Secondary [check]
            del self._subs[name]  # Noncompliant [TOCTOU001] {{self._subs is checked at line 22 and changed at line 23 by self._subs[name], with no lock held at either point}}
