# https://github.com/paramiko/paramiko/pull/691
# PosixPipe.set() tested self._closed and then wrote to the pipe fd, while close()
# could run in another thread (channel closed by the user while the transport thread
# feeds data), giving "Bad file descriptor"/"Broken pipe". The fix adds a lock taken
# by close(), set() and clear(), re-checking _set/_closed under it before the write.
import os
import threading


class PosixPipe:
    def __init__(self) -> None:
        self._rfd, self._wfd = os.pipe()
        self._set = False
        self._forever = False
        self._closed = False

    def close(self) -> None:
        os.close(self._rfd)
        os.close(self._wfd)
        self._closed = True

    def fileno(self) -> int:
        return self._rfd

    def clear(self) -> None:
        if not self._set or self._forever:
            return
        os.read(self._rfd, 1)
        self._set = False

    def set(self) -> None:
        if self._set or self._closed:
            return
        self._set = True
        os.write(self._wfd, b"*")  # Noncompliant

    def set_forever(self) -> None:
        self._forever = True
        self.set()


class Channel:
    def __init__(self) -> None:
        self._pipe = PosixPipe()
        self.in_buffer: list = []

    def _feed(self, data: bytes) -> None:
        self.in_buffer.append(data)
        self._pipe.set()

    def close(self) -> None:
        self._pipe.close()


def transport_loop(chan: Channel) -> None:
    for _ in range(1000):
        chan._feed(b"data")


if __name__ == "__main__":
    channel = Channel()
    reader = threading.Thread(target=transport_loop, args=(channel,))
    reader.start()
    channel.close()
    reader.join()
