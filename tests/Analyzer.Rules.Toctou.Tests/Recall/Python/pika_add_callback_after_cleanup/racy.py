# https://github.com/pika/pika/pull/1033
# BlockingConnection.add_callback_threadsafe() is called from other threads; it checked
# is_closed and then handed the callback to the ioloop, while the connection thread could
# run _cleanup() (closing the ioloop) in between. The fix takes _cleanup_mutex around both
# the check and the hand-off, and _cleanup() closes the ioloop under the same mutex.
import functools
import threading


class ConnectionWrongStateError(Exception):
    pass


class _IOLoop:
    def __init__(self):
        self.closed = False
        self.callbacks = []

    def add_callback_threadsafe(self, cb):
        if self.closed:
            raise RuntimeError("ioloop is closed")
        self.callbacks.append(cb)

    def close(self):
        self.closed = True


class _Impl:
    def __init__(self):
        self.ioloop = _IOLoop()
        self.is_closed = False


class BlockingConnection:
    def __init__(self):
        self._cleanup_mutex = threading.Lock()
        self._impl = _Impl()
        self._ready_events = []

    @property
    def is_closed(self):
        return self._impl.is_closed

    def _on_threadsafe_callback(self, user_callback):
        user_callback()

    def add_callback_threadsafe(self, callback):
        # called from any thread
        if not callable(callback):
            raise TypeError("callback must be callable")
        if self.is_closed:
            raise ConnectionWrongStateError("add_callback_threadsafe() on closed connection")
        self._impl.ioloop.add_callback_threadsafe(  # Noncompliant
            functools.partial(self._on_threadsafe_callback, callback))

    def _cleanup(self):
        # runs in the connection thread once the connection has closed
        with self._cleanup_mutex:
            self._impl.is_closed = True
            if self._impl is not None:
                self._impl.ioloop.close()
            self._ready_events.clear()


def main():
    conn = BlockingConnection()
    worker = threading.Thread(target=conn.add_callback_threadsafe, args=(lambda: None,))
    worker.start()
    conn._cleanup()
    worker.join()


if __name__ == "__main__":
    main()
