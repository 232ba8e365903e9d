import threading


class ReplicaSet:
    """Hands out replicas to request threads; a failed replica is dropped by the thread that saw it fail."""

    def __init__(self, replicas):
        self.live = list(replicas)
        self.fallback = tuple(replicas)
        self.lock = threading.Lock()

    def drop(self, replica):
        with self.lock:
            if replica in self.live:
                self.live.remove(replica)

    # The test that something is left and the read of the first item are two steps: the last one can be dropped between.
    def primary(self):
        if not self.live:  # Secondary [check]
            return self.fallback[0]
        return self.live[0]  # Noncompliant [TOCTOU001] {{self.live is checked at line 19 and read at line 21 by self.live[0], which fails if the items are gone by then, while ReplicaSet.drop removes items at line 15, with no lock held at either point, while primary is started in parallel at line 50, in a loop}}

    def newest(self):
        if len(self.live) > 0:  # Secondary [check]
            return self.live[-1]  # Noncompliant [TOCTOU001] {{self.live is checked at line 24 and read at line 25 by self.live[-1], which fails if the items are gone by then, while ReplicaSet.drop removes items at line 15, with no lock held at either point, while newest is started in parallel at line 51, in a loop}}
        return None

    # A copy taken once is tested and read as it is.
    def primary_of_snapshot(self):
        live = self.live[:]
        if not live:
            return self.fallback[0]
        return live[0]

    # Nothing removes items of the fallback tuple.
    def first_fallback(self):
        if self.fallback:
            return self.fallback[0]
        return None

    def primary_locked(self):
        with self.lock:
            if self.live:
                return self.live[0]
        return None


def serve(replicas):
    for _ in range(4):
        threading.Thread(target=replicas.primary).start()
        threading.Thread(target=replicas.newest).start()
        threading.Thread(target=replicas.primary_of_snapshot).start()
        threading.Thread(target=replicas.first_fallback).start()
        threading.Thread(target=replicas.primary_locked).start()
