# https://github.com/cqlengine/cqlengine/pull/155
# Fixed version: get() no longer asks whether the queue is empty first; it tries to take a pooled connection in a
# single non-blocking call and opens a new connection when none is available.
import queue
import threading
import time


class CqlConnection(object):
    _ids = iter(range(1000))

    def __init__(self, host):
        self.host = host
        self.id = next(self._ids)
        self.closed = False

    def close(self):
        self.closed = True


class CqlConnectionPool(object):
    def __init__(self, hosts, max_connections=10):
        self._hosts = hosts
        self._queue = queue.Queue(maxsize=max_connections)

    def clear(self):
        while True:
            try:
                self._queue.get_nowait().close()
            except queue.Empty:
                return

    def acquire(self):
        """Returns a pooled connection, or creates one if the pool is empty."""
        try:
            return self._queue.get_nowait()
        except queue.Empty:
            return self._open_connection()

    def release(self, conn):
        try:
            self._queue.put_nowait(conn)
        except queue.Full:
            conn.close()

    def _open_connection(self):
        time.sleep(0.001)
        return CqlConnection(self._hosts[0])


def run_statement(pool, results):
    conn = pool.acquire()
    try:
        time.sleep(0.001)
        results.append(conn.id)
    finally:
        pool.release(conn)


if __name__ == "__main__":
    cql_pool = CqlConnectionPool(["127.0.0.1"])
    cql_pool.release(CqlConnection("127.0.0.1"))
    done, failed = [], []

    def worker():
        try:
            run_statement(cql_pool, done)
        except queue.Empty as exc:
            failed.append(exc)

    workers = [threading.Thread(target=worker) for _ in range(16)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("queries:", len(done), "queue.Empty:", len(failed))
