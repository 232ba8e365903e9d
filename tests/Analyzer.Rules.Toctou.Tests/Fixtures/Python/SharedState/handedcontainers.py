import threading


class Tallier(threading.Thread):
    """Each thread is a new object, but the loop hands every one the same dict: the threads share its entries."""

    def __init__(self, seen, key):
        super().__init__()
        self.seen = seen
        self.key = key

    def run(self):
        if self.key not in self.seen:  # Secondary [check]
            self.seen[self.key] = 1  # Noncompliant [TOCTOU001] {{self.seen is checked at line 13 and changed at line 14 by self.seen[self.key], with no lock held at either point, while run is started in parallel at line 20, in a loop, on objects that all hold the same self.seen}}


def tally_all(keys):
    seen = {}
    for key in keys:
        Tallier(seen, key).start()  # Secondary [concurrency]


class Sorter(threading.Thread):
    """Every thread is handed a dict of its own: nothing is shared."""

    def __init__(self, seen, key):
        super().__init__()
        self.seen = seen
        self.key = key

    def run(self):
        if self.key not in self.seen:
            self.seen[self.key] = 1


def sort_all(keys):
    for key in keys:
        Sorter({}, key).start()
