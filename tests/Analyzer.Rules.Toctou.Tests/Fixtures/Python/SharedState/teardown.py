import threading


class Sender:
    """close() sets the flag and drops the socket and the queue under one hold of the lock; send() and queue() test
    the flag apart from their act, so a close() in between leaves them calling None or appending to None."""

    def __init__(self, sock):
        self._lock = threading.Lock()
        self._closed = False
        self._sock = sock
        self._pending = []

    def send(self, data):
        if self._closed:  # Secondary [check]
            raise ValueError("closed")
        self._sock.sendall(data)  # Noncompliant [TOCTOU001] {{self._closed is checked at line 15 and decides self._sock.sendall(data) at line 17, while Sender.close changes self._closed and self._sock together under self._lock at line 27 and 28, with no lock held at either point}}

    def queue(self, item):
        with self._lock:
            closed = self._closed  # Secondary [check]
        if not closed:
            self._pending.append(item)  # Noncompliant [TOCTOU001] {{self._closed is checked at line 21 and decides self._pending.append(item) at line 23, while Sender.close changes self._closed and self._pending together under self._lock at line 27 and 29, but self._lock is released before the act}}

    def close(self):
        with self._lock:
            self._closed = True  # Secondary [act]
            self._sock = None  # Secondary [act]
            self._pending = None


class LockedSender:
    """The same, with the lock held from the test to the act."""

    def __init__(self, sock):
        self._lock = threading.Lock()
        self._closed = False
        self._sock = sock

    def send(self, data):
        with self._lock:
            if self._closed:
                raise ValueError("closed")
            self._sock.sendall(data)

    def close(self):
        with self._lock:
            self._closed = True
            self._sock = None


class LateSender:
    """close() sets the flag under the lock and drops the socket only after letting it go: send() can still find the
    flag clear and then call the socket close() has just dropped."""

    def __init__(self, sock):
        self._lock = threading.Lock()
        self._closed = False
        self._sock = sock

    def send(self, data):
        with self._lock:
            closed = self._closed
        if not closed:
            self._sock.sendall(data)  # Noncompliant [TOCTOU001] {{self._closed is checked at line 63 and decides self._sock.sendall(data) at line 65, while LateSender.close changes self._closed and then self._sock at line 69 and 70, but self._lock is released before the act}}

    def close(self):
        with self._lock:
            self._closed = True
        self._sock = None
