# https://github.com/python-bonobo/bonobo/pull/309
# Fixed: the lookup and the insert of the per-service RLock happen while holding one class-level creation lock.
import threading
from concurrent.futures import ThreadPoolExecutor


class ServiceGuard:
    _guards = {}
    _guards_creation_lock = threading.Lock()

    def __init__(self, wrapped):
        self._wrapped = wrapped

    def lock_for_service(self):
        key = id(self._wrapped)
        with ServiceGuard._guards_creation_lock:
            if key not in ServiceGuard._guards:
                ServiceGuard._guards[key] = threading.RLock()
            return ServiceGuard._guards[key]

    def __enter__(self):
        self.lock_for_service().acquire()
        return self._wrapped

    def __exit__(self, *exc):
        self.lock_for_service().release()


class SequencedApi:
    def __init__(self):
        self.counter = 0

    def request(self):
        self.counter += 1
        return self.counter


def guarded_node(api):
    with ServiceGuard(api) as svc:
        svc.request()
        svc.request()


def execute_graph(api, nodes=8):
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(nodes):
            pool.submit(guarded_node, api)
