# https://github.com/tomerfiliba-org/rpyc/pull/531
# AsyncResult.wait() checks _is_ready and, if the reply has not arrived, calls
# Connection.serve(), which takes the receive lock and blocks polling the channel. Another
# thread serving the same connection can receive and dispatch our reply between the check
# and the lock acquisition, so we then poll for a reply that already came (issue #530:
# stalls until timeout, or forever). Fix: pass a waiting() predicate into serve() and
# re-check it after the receive lock is acquired, bailing out if the result is ready.
import threading

from rpyc.lib import Timeout


class AsyncResult(object):
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

    def wait(self):
        while not (self._is_ready or self.expired):
            self._conn.serve(self._ttl)
        if not self._is_ready:
            raise TimeoutError("result expired")


class Connection(object):
    def __init__(self, channel):
        self._channel = channel
        self._recvlock = threading.RLock()
        self._recv_event = threading.Condition()
        self._request_callbacks = {}

    def _dispatch(self, data):
        seq, is_exc, obj = data
        self._request_callbacks.pop(seq)(is_exc, obj)

    def serve(self, timeout=1, wait_for_lock=True):
        timeout = Timeout(timeout)
        with self._recv_event:
            if not self._recvlock.acquire(False):
                if wait_for_lock:
                    return self._recv_event.wait(timeout.timeleft())
                return False
        try:
            data = self._channel.poll(timeout) and self._channel.recv()  # Noncompliant
        finally:
            self._recvlock.release()
            with self._recv_event:
                self._recv_event.notify_all()
        if data:
            self._dispatch(data)
            return True
        return False

    def serve_all(self):
        # typically run by a BgServingThread while user threads issue requests
        while not self._channel.closed:
            self.serve(0.1)

    def async_request(self, seq, payload):
        res = AsyncResult(self)
        self._request_callbacks[seq] = res
        self._channel.send((seq, payload))
        return res
