# https://github.com/redis/redis-py/pull/2719 (earlier reports: https://github.com/redis/redis-py/issues/732)
# Fixed version: disconnect() copies self._sock into a local, sets the attribute to None first and then
# shuts down and closes the local, so a second thread disconnecting at the same time sees None and returns
# instead of calling close() on a socket reference that was cleared under it.
import os
import socket
import threading


class RedisConnection:
    def __init__(self, host="localhost", port=6379):
        self.host = host
        self.port = port
        self.pid = os.getpid()
        self._sock = None

    def open(self):
        self._sock = socket.create_connection((self.host, self.port))

    def drop(self, *args):
        "Disconnects from the Redis server"
        conn_sock = self._sock
        self._sock = None
        if conn_sock is None:
            return

        if os.getpid() == self.pid:
            try:
                conn_sock.shutdown(socket.SHUT_RDWR)
            except (OSError, TypeError):
                pass

        try:
            conn_sock.close()
        except OSError:
            pass


class Subscriber:
    def __init__(self, connection):
        self.connection = connection

    def poll(self, timeout=0.0):
        self.connection._sock.settimeout(timeout)
        return self.connection._sock.recv(65536)

    def shutdown(self):
        if self.connection:
            self.connection.drop()


class SubscriberThread(threading.Thread):
    def __init__(self, subscriber, sleep_time, daemon=False, exception_handler=None):
        super().__init__(daemon=daemon)
        self.subscriber = subscriber
        self.sleep_time = sleep_time
        self.exception_handler = exception_handler
        self._running = threading.Event()

    def run(self):
        if self._running.is_set():
            return
        self._running.set()
        while self._running.is_set():
            try:
                self.subscriber.poll(timeout=self.sleep_time)
            except BaseException as e:
                if self.exception_handler is None:
                    raise
                self.exception_handler(e, self.subscriber, self)
        self.subscriber.shutdown()

    def halt(self):
        self._running.clear()
