# https://github.com/giampaolo/pyftpdlib/issues/220
# Fixed version: the test is made again once the lock is held, so only one thread makes the instance.
import threading


class EventLoop:
    _shared = None
    _guard = threading.Lock()

    @classmethod
    def shared(cls):
        if cls._shared is None:
            cls._guard.acquire()
            try:
                if cls._shared is None:
                    cls._shared = cls()
            finally:
                cls._guard.release()
        return cls._shared
