# https://github.com/tomerfiliba-org/rpyc/pull/531
# Fixed version: AsyncResult passes its waiting() predicate to serve(), which re-checks it
# after winning the receive lock (and before waiting on the condition), releasing the lock
# and returning at once when another thread has already delivered the result.
import threading

from rpyc.lib import Timeout


class CheckedAsyncResult(object):
    def __init__(self, conn):
        self._conn = conn
        self._is_ready = False
        self._is_exc = None
        self._obj = None
        self._ttl = Timeout(None)

    def __call__(self, is_exc, obj):
        self._is_exc = is_exc
        self._obj = obj
        self._is_ready = True

    @property
    def expired(self):
        return not self._is_ready and self._ttl.expired()

    def _waiting(self):
        return not (self._is_ready or self.expired)

    def wait(self):
        while self._waiting():
            self._conn.serve_checked(self._ttl, waiting=self._waiting)
        if not self._is_ready:
            raise TimeoutError("result expired")


class CheckedConnection(object):
    def __init__(self, channel):
        self._channel = channel
        self._recvlock = threading.RLock()
        self._recv_event = threading.Condition()
        self._request_callbacks = {}

    def _dispatch(self, data):
        seq, is_exc, obj = data
        self._request_callbacks.pop(seq)(is_exc, obj)

    def serve_checked(self, timeout=1, wait_for_lock=True, waiting=lambda: True):
        timeout = Timeout(timeout)
        with self._recv_event:
            if not self._recvlock.acquire(False):
                if wait_for_lock:
                    if not waiting():
                        return False
                    return self._recv_event.wait(timeout.timeleft())
                return False
        if not waiting():
            self._recvlock.release()
            with self._recv_event:
                self._recv_event.notify_all()
            return False
        try:
            data = self._channel.poll(timeout) and self._channel.recv()
        finally:
            self._recvlock.release()
            with self._recv_event:
                self._recv_event.notify_all()
        if data:
            self._dispatch(data)
            return True
        return False

    def serve_all_checked(self):
        while not self._channel.closed:
            self.serve_checked(0.1)

    def async_request_checked(self, seq, payload):
        res = CheckedAsyncResult(self)
        self._request_callbacks[seq] = res
        self._channel.send((seq, payload))
        return res
