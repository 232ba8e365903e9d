# https://github.com/pyserial/pyserial/pull/386
# rfc2217 Serial.close() tested `if self._thread:` and then called `self._thread.join(7)`, while the
# reader thread's `finally` block set `self._thread = None` as soon as the closed socket ended its loop.
# If the reader finished between the test and the call, close() raised AttributeError on None. The fix
# stops the reader thread from touching `_thread`; only close() clears it, after the join.
import logging
import queue
import socket
import threading
import time
from typing import Optional


class Serial:
    """RFC 2217 (serial over telnet) client port, reduced to the reader thread and close()."""

    def __init__(self, address: tuple) -> None:
        self._address = address
        self._socket: Optional[socket.socket] = None
        self._thread: Optional[threading.Thread] = None
        self._read_buffer: "queue.Queue[bytes]" = queue.Queue()
        self._write_lock = threading.Lock()
        self.logger = logging.getLogger("pySerial.rfc2217")
        self.is_open = False

    def open(self) -> None:
        self._socket = socket.create_connection(self._address, timeout=5)
        self.is_open = True
        self._thread = threading.Thread(target=self._telnet_read_loop, daemon=True)
        self._thread.name = "pySerial RFC 2217 reader thread for {}".format(self._address)
        self._thread.start()

    def close(self) -> None:
        """Close port"""
        self.is_open = False
        if self._socket:
            try:
                self._socket.shutdown(socket.SHUT_RDWR)
                self._socket.close()
            except Exception:
                pass
        if self._thread:
            self._thread.join(7)
            self._thread = None  # Noncompliant
            # in case of quick reconnects, give the server some time
            time.sleep(0.3)
        self._socket = None

    def write(self, data: bytes) -> int:
        with self._write_lock:
            self._socket.sendall(data)
        return len(data)

    def _telnet_read_loop(self) -> None:
        """Read loop for the socket."""
        try:
            while self.is_open:
                try:
                    data = self._socket.recv(1024)
                except socket.timeout:
                    continue
                except socket.error as e:
                    self.logger.debug("socket error in reader thread: %s", e)
                    break
                if not data:
                    break  # lost connection
                self._read_buffer.put(data)
        finally:
            self._thread = None
            self.logger.debug("read thread terminated")
