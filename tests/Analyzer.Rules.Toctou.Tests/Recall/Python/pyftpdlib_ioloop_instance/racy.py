# https://github.com/giampaolo/pyftpdlib/issues/220
# IOLoop.instance() tested the class's instance outside the lock, then took the lock and made the instance without
# testing again: two threads that both saw None each made an IOLoop and got different ones. The fix tests again under
# the lock.
import threading


class IOLoop:
    _instance = None
    _lock = threading.Lock()

    @classmethod
    def instance(cls):
        if cls._instance is None:
            cls._lock.acquire()
            try:
                cls._instance = cls()  # Noncompliant [TOCTOU001]
            finally:
                cls._lock.release()
        return cls._instance
