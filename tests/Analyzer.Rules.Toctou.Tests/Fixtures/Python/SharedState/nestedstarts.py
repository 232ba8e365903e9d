import threading


# Two methods each start a function of their own named run. open's is started once and owns what it makes; fan_out's
# is started in a loop. A start names the function nested in the method it stands in, not the other method's.
class Fanout:
    def __init__(self):
        self._remote = None
        self._visited = {}

    def open(self):
        def run():
            if self._remote is None:
                self._remote = object()

        threading.Thread(target=run).start()

    def fan_out(self, n):
        def run():
            if "k" not in self._visited:  # Secondary [check]
                self._visited["k"] = 1  # Noncompliant [TOCTOU001] {{self._visited is checked at line 20 and changed at line 21 by self._visited["k"], with no lock held at either point, while run is started in parallel at line 24, in a loop}}

        for _ in range(n):
            threading.Thread(target=run).start()
