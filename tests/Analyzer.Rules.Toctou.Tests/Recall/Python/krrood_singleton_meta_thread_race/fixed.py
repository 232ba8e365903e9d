# https://github.com/cram2/cognitive_robot_abstract_machine/pull/430
# Fixed: an RLock held across the cache lookup, the "being created" bookkeeping and the
# construction, so a racing thread waits and then finds the instance (same-thread recursion
# still re-enters the RLock and reports the circular dependency).
import threading
from typing import Any, ClassVar, Dict, List, Type


class LockedSingletonMeta(type):
    _instances: ClassVar[Dict[Type, Any]] = {}
    _is_being_created: ClassVar[List[Type]] = []
    _lock: ClassVar[threading.RLock] = threading.RLock()

    def __call__(cls, *args, **kwargs):
        with cls._lock:
            if cls in cls._is_being_created:
                raise RuntimeError(f"Circular dependency detected for class {cls.__name__}")
            if cls not in cls._instances:
                cls._is_being_created.append(cls)
                try:
                    cls._instances[cls] = super().__call__(*args, **kwargs)
                finally:
                    cls._is_being_created.remove(cls)
            return cls._instances[cls]


class SharedSymbolGraph(metaclass=LockedSingletonMeta):
    def __init__(self):
        self.nodes = {}
        self.built_by = threading.current_thread().name


def locked_branch(results, index):
    results[index] = SharedSymbolGraph()


def run_locked_parallel(branches=4):
    results = [None] * branches
    threads = [threading.Thread(target=locked_branch, args=(results, i)) for i in range(branches)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


if __name__ == "__main__":
    print({id(graph) for graph in run_locked_parallel()})
