import threading
import weakref


class Signal:
    """send's unlocked test only saves the call: the list is rewritten in _clear_dead, under the lock _live takes
    around it, and only when the dead flag _clear_dead clears in the same step is up."""

    def __init__(self):
        self.lock = threading.Lock()
        self.receivers = []
        self._dead = False

    def connect(self, receiver):
        with self.lock:
            self._clear_dead()
            self.receivers.append(weakref.ref(receiver))

    def send(self, sender):
        if not self.receivers:
            return []
        return [receiver(sender) for receiver in self._live()]

    def _live(self):
        with self.lock:
            self._clear_dead()
            found = [r() for r in self.receivers]
        return [r for r in found if r is not None]

    def _clear_dead(self):
        # The caller holds self.lock.
        if self._dead:
            self._dead = False
            self.receivers = [r for r in self.receivers if r() is not None]

    def _mark_dead(self, ref):
        self._dead = True


class MemberList:
    """_prune is called without the lock: two callers can both find the flag up and both rewrite the list."""

    def __init__(self):
        self.lock = threading.Lock()
        self.members = []
        self._stale = False

    def add(self, member):
        with self.lock:
            self.members.append(member)
            self._stale = True

    def visit(self):
        if not self.members:  # Secondary [check]
            return
        self._prune()  # Noncompliant [TOCTOU001] {{self.members is checked at line 54 and changed at line 56 by self._prune() (on some paths through it), with no lock held at either point}}

    def _prune(self):
        if self._stale:  # Secondary [check]
            self._stale = False  # Noncompliant [TOCTOU001] {{self._stale is checked at line 59 and changed at line 60 by self._stale, with no lock held at either point}}
            self.members = [m for m in self.members if m]


class Channel:
    """_close marks the channel closed for good, a step nothing asks for again: drain's test of the peer can be stale
    by the time _close runs under the lock, and it closes a channel whose peer has changed."""

    def __init__(self):
        self.lock = threading.Lock()
        self.peer = None
        self._closed = False

    def attach(self, peer):
        with self.lock:
            self.peer = peer

    def drain(self, peer):
        if self.peer is peer:  # Secondary [check]
            with self.lock:
                self._close()  # Noncompliant [TOCTOU001] {{self.peer is checked at line 78 and changed at line 80 by self._close() (on some paths through it), but the check runs before self.lock is taken at line 79}}

    def _close(self):
        if self._closed:
            return
        self._closed = True
        self.peer = None
