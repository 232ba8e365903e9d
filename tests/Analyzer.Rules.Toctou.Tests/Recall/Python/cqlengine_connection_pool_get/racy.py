# https://github.com/cqlengine/cqlengine/pull/155
# ConnectionPool.get() asked the shared queue whether it was empty and then took a connection from it; with one
# pooled connection and two threads calling get(), both see a non-empty queue, t1 takes the connection and t2's
# get() hits the drained queue (the PR reports queue.Empty) instead of opening a new connection.
# Fix: take a pooled connection in one non-blocking step and create a new one when that fails.
import queue
import threading
import time


class Connection(object):
    _ids = iter(range(1000))

    def __init__(self, host):
        self.host = host
        self.id = next(self._ids)
        self.closed = False

    def close(self):
        self.closed = True


class ConnectionPool(object):
    """Handles pooling of database connections."""

    def __init__(self, hosts, max_connections=10):
        self._hosts = hosts
        self._queue = queue.Queue(maxsize=max_connections)

    def clear(self):
        """Force the connection pool to be cleared. Will close all internal connections."""
        while True:
            try:
                self._queue.get_nowait().close()
            except queue.Empty:
                return

    def get(self):
        """Returns a pooled connection, or creates one if the pool is empty."""
        if not self._queue.empty():
            return self._queue.get()  # Noncompliant
        else:
            return self._create_connection()

    def put(self, conn):
        """Returns a connection to the queue freeing it up for other queries to use."""
        try:
            self._queue.put_nowait(conn)
        except queue.Full:
            conn.close()

    def _create_connection(self):
        time.sleep(0.001)  # TCP connect + keyspace selection
        return Connection(self._hosts[0])


def execute(pool, results):
    conn = pool.get()
    try:
        time.sleep(0.001)  # run the CQL statement
        results.append(conn.id)
    finally:
        pool.put(conn)


if __name__ == "__main__":
    pool = ConnectionPool(["127.0.0.1"])
    pool.put(Connection("127.0.0.1"))
    results, errors = [], []

    def query():
        try:
            execute(pool, results)
        except queue.Empty as exc:
            errors.append(exc)

    threads = [threading.Thread(target=query, daemon=True) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=2)
    print("queries:", len(results), "queue.Empty:", len(errors), "stuck:", sum(t.is_alive() for t in threads))
