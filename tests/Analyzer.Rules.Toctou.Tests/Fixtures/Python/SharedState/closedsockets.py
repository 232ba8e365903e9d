import socket
import threading


# hang_up sets the flag and closes the socket under one hold of the lock; push_frame tests the flag without it, so
# the socket can be closed between its test and its send.
class Uplink:
    def __init__(self) -> None:
        self._sock = socket.socket()
        self._closed = False
        self._lock = threading.Lock()

    def hang_up(self) -> None:
        with self._lock:
            self._closed = True  # Secondary [act]
            self._sock.close()  # Secondary [act]

    def push_frame(self, frame: bytes) -> None:
        if self._closed:  # Secondary [check]
            return
        self._sock.send(frame)  # Noncompliant [TOCTOU001] {{self._closed is checked at line 19 and decides self._sock.send(frame) at line 21, while Uplink.hang_up changes self._closed and closes self._sock together under self._lock at line 15 and 16, with no lock held at either point}}

    # A reader that stops on the error a closed socket raises is ready for the close.
    def read_frames(self) -> None:
        while not self._closed:
            try:
                data = self._sock.recv(1024)
            except OSError:
                break
            if not data:
                break


# The send under the lock hang_up takes: the close cannot come between the test and the send.
class GuardedUplink:
    def __init__(self) -> None:
        self._sock = socket.socket()
        self._closed = False
        self._lock = threading.Lock()

    def disconnect(self) -> None:
        with self._lock:
            self._closed = True
            self._sock.close()

    def send_frame(self, frame: bytes) -> None:
        with self._lock:
            if self._closed:
                return
            self._sock.send(frame)
