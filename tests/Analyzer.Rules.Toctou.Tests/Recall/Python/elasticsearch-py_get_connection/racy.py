# https://github.com/elastic/elasticsearch-py/issues/158
# ConnectionPool.get_connection() tested self.connections for emptiness, then passed it to the
# selector / indexed it, while another thread whose request failed ran mark_dead() and removed the
# last live connection in between -> IndexError/ZeroDivisionError (two reads of the list = two acts).
# Fix: snapshot `connections = self.connections[:]` once and test and pick on the copy.
import random
import threading
import time
from queue import Empty, PriorityQueue


class RoundRobinSelector:
    def __init__(self):
        self.data = threading.local()

    def select(self, connections):
        self.data.rr = getattr(self.data, "rr", -1) + 1
        self.data.rr %= len(connections)
        return connections[self.data.rr]


class ConnectionPool:
    def __init__(self, connections, dead_timeout=60):
        self.connections = list(connections)
        self.orig_connections = tuple(connections)
        self.dead = PriorityQueue(len(self.connections))
        self.dead_count = {}
        self.dead_timeout = dead_timeout
        self.selector = RoundRobinSelector()

    def mark_dead(self, connection, now=None):
        now = now if now else time.time()
        try:
            self.connections.remove(connection)
        except ValueError:
            # connection not alive or another thread marked it already, ignore
            return
        dead_count = self.dead_count.get(connection, 0) + 1
        self.dead_count[connection] = dead_count
        timeout = self.dead_timeout * 2 ** min(dead_count - 1, 5)
        self.dead.put((now + timeout, connection))

    def resurrect(self, force=False):
        if self.dead.empty():
            if force:
                return random.choice(self.orig_connections)
            return None
        try:
            timeout, connection = self.dead.get(block=False)
        except Empty:
            # other thread has been faster and the queue is now empty
            return None
        if not force and timeout > time.time():
            self.dead.put((timeout, connection))
            return None
        self.connections.append(connection)
        return connection

    def get_connection(self):
        self.resurrect()

        # no live nodes, resurrect one by force and return it
        if not self.connections:
            return self.resurrect(True)

        # only call selector if we have a selection
        if len(self.connections) > 1:
            return self.selector.select(self.connections)  # Noncompliant

        # only one connection, no need for a selector
        return self.connections[0]  # Noncompliant


def perform_request(pool, n):
    for i in range(n):
        connection = pool.get_connection()
        if i % 3 == 0:
            pool.mark_dead(connection)  # request failed: ConnectionError / timeout


def main():
    pool = ConnectionPool(["http://es1:9200", "http://es2:9200"], dead_timeout=0.0)
    threads = [threading.Thread(target=perform_request, args=(pool, 5000)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    main()
