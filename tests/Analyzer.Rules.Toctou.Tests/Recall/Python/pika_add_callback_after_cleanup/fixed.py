# https://github.com/pika/pika/pull/1033
# Fixed: the is_closed check and the ioloop hand-off happen under _cleanup_mutex, the
# same mutex _cleanup() holds while closing the ioloop.
import functools
import threading


class WrongStateError(Exception):
    pass


class _SafeIOLoop:
    def __init__(self):
        self.closed = False
        self.callbacks = []

    def add_callback_threadsafe(self, cb):
        if self.closed:
            raise RuntimeError("ioloop is closed")
        self.callbacks.append(cb)

    def close(self):
        self.closed = True


class _SafeImpl:
    def __init__(self):
        self.ioloop = _SafeIOLoop()
        self.is_closed = False


class SafeBlockingConnection:
    def __init__(self):
        self._cleanup_mutex = threading.Lock()
        self._impl = _SafeImpl()
        self._ready_events = []

    @property
    def is_closed(self):
        return self._impl.is_closed

    def _run_threadsafe_callback(self, user_callback):
        user_callback()

    def add_callback_threadsafe(self, callback):
        if not callable(callback):
            raise TypeError("callback must be callable")
        with self._cleanup_mutex:
            if self.is_closed:
                raise WrongStateError("add_callback_threadsafe() on closed connection")
            self._impl.ioloop.add_callback_threadsafe(
                functools.partial(self._run_threadsafe_callback, callback))

    def _cleanup(self):
        with self._cleanup_mutex:
            self._impl.is_closed = True
            if self._impl is not None:
                self._impl.ioloop.close()
            self._ready_events.clear()


def run_safe():
    conn = SafeBlockingConnection()
    worker = threading.Thread(target=conn.add_callback_threadsafe, args=(lambda: None,))
    worker.start()
    conn._cleanup()
    worker.join()


if __name__ == "__main__":
    run_safe()
