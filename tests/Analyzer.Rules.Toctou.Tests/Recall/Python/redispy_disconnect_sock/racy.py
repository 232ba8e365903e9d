# https://github.com/redis/redis-py/pull/2719 (earlier reports: https://github.com/redis/redis-py/issues/732)
# Connection.disconnect() tested `self._sock is None`, then shut down and closed self._sock, and only then
# set it to None. When a PubSubWorkerThread's exception handler and the main thread's PubSub.close() both
# disconnect, one thread can clear _sock between the other's check and its close() call (AttributeError:
# 'NoneType' object has no attribute 'close'). The fix copies the socket to a local and clears the
# attribute before using it.
import os
import socket
import threading


class Connection:
    def __init__(self, host="localhost", port=6379):
        self.host = host
        self.port = port
        self.pid = os.getpid()
        self._sock = None

    def connect(self):
        self._sock = socket.create_connection((self.host, self.port))

    def disconnect(self, *args):
        "Disconnects from the Redis server"
        if self._sock is None:
            return

        if os.getpid() == self.pid:
            try:
                self._sock.shutdown(socket.SHUT_RDWR)  # Noncompliant
            except (OSError, TypeError):
                pass

        try:
            self._sock.close()
        except OSError:
            pass
        self._sock = None


class PubSub:
    def __init__(self, connection):
        self.connection = connection

    def get_message(self, timeout=0.0):
        self.connection._sock.settimeout(timeout)
        return self.connection._sock.recv(65536)

    def close(self):
        if self.connection:
            self.connection.disconnect()


class PubSubWorkerThread(threading.Thread):
    def __init__(self, pubsub, sleep_time, daemon=False, exception_handler=None):
        super().__init__(daemon=daemon)
        self.pubsub = pubsub
        self.sleep_time = sleep_time
        self.exception_handler = exception_handler
        self._running = threading.Event()

    def run(self):
        if self._running.is_set():
            return
        self._running.set()
        while self._running.is_set():
            try:
                self.pubsub.get_message(timeout=self.sleep_time)
            except BaseException as e:
                if self.exception_handler is None:
                    raise
                self.exception_handler(e, self.pubsub, self)
        self.pubsub.close()

    def stop(self):
        self._running.clear()
