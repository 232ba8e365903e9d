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


class Gauge:
    """Documents its helpers in docstrings that span lines."""

    def __init__(self):
        self._mutex = threading.Lock()
        self._peak = None

    def clear(self):
        with self._mutex:
            self._peak = None

    def _note(self, value):
        """Remember the first value seen.

        The caller must hold
        self._mutex while this runs.
        """
        if self._peak is None:
            self._peak = value  # Noncompliant [TOCTOU001] {{self._peak is checked at line 49 and changed at line 50 by self._peak, which is safe only if every caller holds self._mutex, as the documentation of _note at line 44 ("The caller must hold self._mutex while this runs.") says; this analysis found no caller in the package that holds it}}
