# https://github.com/paramiko/paramiko/pull/691
# Fixed version: close(), set() and clear() (shutdown_fds/signal/reset here) all take
# the pipe's lock, and the setter re-checks _set/_closed while holding it, so the
# write can never hit an fd that close() has already released from another thread.
import os
import threading


class LockedPosixPipe:
    def __init__(self) -> None:
        self._rfd, self._wfd = os.pipe()
        self._set = False
        self._forever = False
        self._closed = False
        self._lock = threading.Lock()

    def shutdown_fds(self) -> None:
        self._lock.acquire()
        try:
            os.close(self._rfd)
            os.close(self._wfd)
            self._closed = True
        finally:
            self._lock.release()

    def read_fd(self) -> int:
        return self._rfd

    def reset(self) -> None:
        if not self._set or self._forever:
            return
        self._lock.acquire()
        try:
            if not self._set or self._forever:
                return
            os.read(self._rfd, 1)
            self._set = False
        finally:
            self._lock.release()

    def signal(self) -> None:
        if self._set or self._closed:
            return
        self._lock.acquire()
        try:
            if self._set or self._closed:
                return
            self._set = True
            os.write(self._wfd, b"*")
        finally:
            self._lock.release()

    def signal_forever(self) -> None:
        self._forever = True
        self.signal()


class SafeChannel:
    def __init__(self) -> None:
        self._event_pipe = LockedPosixPipe()
        self.received: list = []

    def feed(self, data: bytes) -> None:
        self.received.append(data)
        self._event_pipe.signal()

    def shutdown(self) -> None:
        self._event_pipe.shutdown_fds()


def transport_reader(chan: SafeChannel) -> None:
    for _ in range(1000):
        chan.feed(b"data")


if __name__ == "__main__":
    channel = SafeChannel()
    worker = threading.Thread(target=transport_reader, args=(channel,))
    worker.start()
    channel.shutdown()
    worker.join()
