# https://github.com/dpkp/kafka-python/pull/1772
# KafkaClient.send() asked _can_send_request(node_id) (a look-up in self._conns) and then indexed
# self._conns[node_id] again; the heartbeat thread or poll() can close/pop that node under self._lock
# in between, so send() raised KeyError. Fix: read the connection once with self._conns.get(node_id)
# and use that object for both the readiness test and the send.
import threading
import time


class NodeNotReadyError(Exception):
    pass


class Future:
    def __init__(self):
        self.is_done = False
        self.exception = None

    def failure(self, exc):
        self.is_done = True
        self.exception = exc
        return self


class BrokerConnection:
    def __init__(self, node_id):
        self.node_id = node_id
        self.in_flight = []
        self.state = "connected"

    def connected(self):
        return self.state == "connected"

    def can_send_more(self):
        return len(self.in_flight) < 5

    def send(self, request, blocking=True):
        fut = Future()
        self.in_flight.append((request, fut))
        return fut

    def close(self):
        self.state = "disconnected"


class KafkaClient:
    def __init__(self, node_ids):
        self._lock = threading.RLock()
        self._conns = {node_id: BrokerConnection(node_id) for node_id in node_ids}
        self._sending = set()

    def maybe_connect(self, node_id, wakeup=True):
        with self._lock:
            if node_id not in self._conns:
                self._conns[node_id] = BrokerConnection(node_id)

    def close(self, node_id=None):
        with self._lock:
            if node_id is None:
                conns = list(self._conns.values())
                self._conns.clear()
                for conn in conns:
                    conn.close()
            elif node_id in self._conns:
                self._conns.pop(node_id).close()

    def _can_send_request(self, node_id):
        conn = self._conns.get(node_id)
        if not conn:
            return False
        return conn.connected() and conn.can_send_more()

    def send(self, node_id, request, wakeup=True):
        if not self._can_send_request(node_id):
            self.maybe_connect(node_id, wakeup=wakeup)
            return Future().failure(NodeNotReadyError(node_id))
        future = self._conns[node_id].send(request, blocking=False)  # Noncompliant
        self._sending.add(node_id)
        return future


def idle_connection_reaper(client, stop):
    # stands in for the heartbeat thread / poll() closing idle or recycled broker connections
    while not stop.is_set():
        client.close(1)
        client.maybe_connect(1)
        time.sleep(0)


if __name__ == "__main__":
    client = KafkaClient([1, 2])
    stop = threading.Event()
    reaper = threading.Thread(target=idle_connection_reaper, args=(client, stop))
    reaper.start()
    try:
        for i in range(10000):
            client.send(1, ("FetchRequest", i))
    finally:
        stop.set()
        reaper.join()
