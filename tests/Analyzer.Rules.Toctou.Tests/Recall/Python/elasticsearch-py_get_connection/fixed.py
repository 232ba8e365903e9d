# https://github.com/elastic/elasticsearch-py/issues/158
# Fixed shape of ConnectionPool.get_connection(): the live list is copied once
# (`connections = self.connections[:]`) and both the emptiness test and the selection use that
# snapshot, so a concurrent mark_dead() on self.connections cannot empty it in between.
import random
import threading
import time
from queue import Empty, PriorityQueue


class RoundRobinPicker:
    def __init__(self):
        self.data = threading.local()

    def select(self, connections):
        self.data.rr = getattr(self.data, "rr", -1) + 1
        self.data.rr %= len(connections)
        return connections[self.data.rr]


class SnapshotConnectionPool:
    def __init__(self, connections, dead_timeout=60):
        self.connections = list(connections)
        self.orig_connections = tuple(connections)
        self.dead = PriorityQueue(len(self.connections))
        self.dead_count = {}
        self.dead_timeout = dead_timeout
        self.selector = RoundRobinPicker()

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
        connections = self.connections[:]

        # no live nodes, resurrect one by force and return it
        if not connections:
            return self.resurrect(True)

        # only call selector if we have a selection
        if len(connections) > 1:
            return self.selector.select(connections)

        # only one connection, no need for a selector
        return connections[0]


def send_requests(pool, n):
    for i in range(n):
        connection = pool.get_connection()
        if i % 3 == 0:
            pool.mark_dead(connection)  # request failed: ConnectionError / timeout


def run_clients():
    pool = SnapshotConnectionPool(["http://es1:9200", "http://es2:9200"], dead_timeout=0.0)
    threads = [threading.Thread(target=send_requests, args=(pool, 5000)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    run_clients()
