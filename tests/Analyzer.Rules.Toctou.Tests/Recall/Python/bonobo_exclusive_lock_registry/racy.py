# https://github.com/python-bonobo/bonobo/issues/308 (fix: https://github.com/python-bonobo/bonobo/pull/309, merged via #310/#311)
# Exclusive is a context manager that serialises use of a shared service by taking a per-object
# RLock kept in a class-level dict keyed by id(service). get_lock() tests whether the dict has a
# lock for the id and, if not, stores a new RLock, with no lock around the two steps. Bonobo runs
# graph nodes in a thread pool, so two threads can both see "no lock" and each install its own
# RLock, and then both enter the "exclusive" block at the same time.
# Fix: a class-level creation lock is held across the membership test and the insert.
import threading
from concurrent.futures import ThreadPoolExecutor


class Exclusive:
    _locks = {}

    def __init__(self, wrapped):
        self._wrapped = wrapped

    def get_lock(self):
        key = id(self._wrapped)
        if key not in Exclusive._locks:
            Exclusive._locks[key] = threading.RLock()  # Noncompliant
        return Exclusive._locks[key]

    def __enter__(self):
        self.get_lock().acquire()
        return self._wrapped

    def __exit__(self, *exc):
        self.get_lock().release()


class NonceApi:
    def __init__(self):
        self.nonce = 0

    def call(self):
        self.nonce += 1
        return self.nonce


def node(api):
    with Exclusive(api) as svc:
        svc.call()
        svc.call()


def run_graph(api, nodes=8):
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(nodes):
            pool.submit(node, api)
