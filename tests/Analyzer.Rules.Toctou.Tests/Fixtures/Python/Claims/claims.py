class Registry:
    """Handlers by name.

    Instances are thread-safe and may be shared between threads.
    """

    def __init__(self):
        self._handlers = {}

    def register(self, name, handler):
        if name in self._handlers:  # Secondary [check]
            raise KeyError(name)
        self._handlers[name] = handler  # Noncompliant [TOCTOU001] {{self._handlers is checked at line 11 and changed at line 13 by self._handlers[name], with no lock held at either point, while the documentation of Registry at line 2 promises concurrent use: "Instances are thread-safe and may be shared between threads."}}


class Counter:
    """Counts words. Not thread-safe: give each thread its own."""

    def __init__(self):
        self._counts = {}

    def add(self, word):
        if word not in self._counts:
            self._counts[word] = 0
        self._counts[word] += 1


class Catalog:
    def __init__(self):
        self._items = {}

    def put(self, key, value):
        """Stores value under key; safe to call from several threads at once."""
        if key in self._items:  # Secondary [check]
            return False
        self._items[key] = value  # Noncompliant [TOCTOU001] {{self._items is checked at line 34 and changed at line 36 by self._items[key], with no lock held at either point, while the documentation of put at line 33 promises concurrent use: "safe to call from several threads at once."}}
        return True
