import threading


def fetch():
    return object()


class Poller:
    """No lock, but _refresh runs on the thread start() starts and on the callers of poll() at the same time."""

    def __init__(self):
        self._latest = None

    def start(self):
        threading.Thread(target=self._refresh, daemon=True).start()  # Secondary [concurrency]

    def _refresh(self):
        if self._latest is None:  # Secondary [check]
            self._latest = fetch()  # Noncompliant {{self._latest is checked at line 18 and changed at line 19 by self._latest, with no lock held at either point, while _refresh is started in parallel at line 15}}

    def poll(self):
        self._refresh()
        return self._latest


class Job:
    """The thread that start() starts is the only code that touches _done after the constructor: it owns it."""

    def __init__(self):
        self._done = False

    def start(self):
        threading.Thread(target=self._run).start()

    def _run(self):
        if not self._done:
            self._done = True
