# https://github.com/dpkp/kafka-python/pull/1772
# Fixed version: send() fetches the connection object once with self._conns.get(node_id) and uses
# that same object for the readiness test and for queueing the request, so a connection removed from
# _conns by another thread afterwards just fails the request instead of raising KeyError.
import threading
import time


class NodeUnavailableError(Exception):
    pass


class RequestFuture:
    def __init__(self):
        self.is_done = False
        self.exception = None

    def failure(self, exc):
        self.is_done = True
        self.exception = exc
        return self


class BrokerLink:
    def __init__(self, node_id):
        self.node_id = node_id
        self.in_flight = []
        self.state = "connected"

    def connected(self):
        return self.state == "connected"

    def can_send_more(self):
        return len(self.in_flight) < 5

    def send(self, request, blocking=True):
        fut = RequestFuture()
        if not self.connected():
            return fut.failure(NodeUnavailableError(self.node_id))
        self.in_flight.append((request, fut))
        return fut

    def close(self):
        self.state = "disconnected"


class AsyncNetworkClient:
    def __init__(self, node_ids):
        self._lock = threading.RLock()
        self._conns = {node_id: BrokerLink(node_id) for node_id in node_ids}
        self._sending = set()

    def maybe_connect(self, node_id, wakeup=True):
        with self._lock:
            if node_id not in self._conns:
                self._conns[node_id] = BrokerLink(node_id)

    def close(self, node_id=None):
        with self._lock:
            if node_id is None:
                links = list(self._conns.values())
                self._conns.clear()
                for link in links:
                    link.close()
            elif node_id in self._conns:
                self._conns.pop(node_id).close()

    def _ready_to_send(self, node_id):
        link = self._conns.get(node_id)
        if not link:
            return False
        return link.connected() and link.can_send_more()

    def send_request(self, node_id, request, wakeup=True):
        link = self._conns.get(node_id)
        if not link or not self._ready_to_send(node_id):
            self.maybe_connect(node_id, wakeup=wakeup)
            return RequestFuture().failure(NodeUnavailableError(node_id))
        future = link.send(request, blocking=False)
        if not future.is_done:
            self._sending.add(link)
        return future


def reap_idle_links(client, stop):
    while not stop.is_set():
        client.close(1)
        client.maybe_connect(1)
        time.sleep(0)


if __name__ == "__main__":
    client = AsyncNetworkClient([1, 2])
    stop = threading.Event()
    reaper = threading.Thread(target=reap_idle_links, args=(client, stop))
    reaper.start()
    try:
        for i in range(10000):
            client.send_request(1, ("FetchRequest", i))
    finally:
        stop.set()
        reaper.join()
