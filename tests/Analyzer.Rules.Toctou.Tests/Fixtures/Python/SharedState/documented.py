import threading


class Pool:
    """Documents which of its helpers run under its lock."""

    def __init__(self):
        self._lock = threading.Lock()
        self._free = None
        self._spare = None

    def reset(self):
        with self._lock:
            self._free = None
            self._spare = None

    def _ensure(self):
        """Make the free list on first use. Must be called with self._lock held."""
        if self._free is None:
            self._free = []  # Noncompliant [TOCTOU001] {{self._free is checked at line 19 and changed at line 20 by self._free, which is safe only if every caller holds self._lock, as the documentation of _ensure at line 18 ("Must be called with self._lock held.") says; this analysis found no caller in the package that holds it}}

    def _refill(self):
        """Top up the spare list; the caller must hold the lock."""
        self._top_up()

    # Its only caller, _refill, runs under the lock its documentation names: so does this.
    def _top_up(self):
        if self._spare is None:
            self._spare = []
