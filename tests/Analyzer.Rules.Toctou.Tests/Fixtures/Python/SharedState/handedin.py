import threading


class State:
    """Locks inside each of its methods, so it is made to be shared: a caller that checks it with one call and
    changes it with another leaves a gap in which another holder of the same state can run."""

    def __init__(self):
        self._lock = threading.Lock()
        self._running = False
        self._pid = None

    def is_running(self):
        with self._lock:
            return self._running

    def set_running(self, pid):
        with self._lock:
            self._running = True
            self._pid = pid

    def start_if_stopped(self, pid):
        with self._lock:
            if self._running:
                return False
            self._running = True
            self._pid = pid
            return True


def start_state(state: State, pid):
    if state.is_running():
        return
    state.set_running(pid)  # Noncompliant [TOCTOU001] {{state._running is checked at line 32 and changed at line 34 by state.set_running(pid), and state._lock is released and re-taken at line 34, inside set_running() in between}}


def start_once(state: State, pid):
    return state.start_if_stopped(pid)


def fresh(pid):
    state = State()
    if not state.is_running():
        state.set_running(pid)
    return state
