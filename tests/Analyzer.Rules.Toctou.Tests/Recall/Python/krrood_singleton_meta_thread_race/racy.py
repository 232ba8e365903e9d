# https://github.com/cram2/cognitive_robot_abstract_machine/pull/430
# krrood's SingletonMeta.__call__ looked the class up in the shared _instances dict and, on a
# miss, marked it "being created", ran the constructor and stored the result, all without a
# lock. coraplex's Parallel/TryAll combinators run branches on real threads that construct the
# same singleton, so two threads both missed the cache and built two instances (or one saw the
# other's "being created" mark and raised a spurious "circular dependency" error).
# The fix serialises the whole lookup-and-construct sequence with a class-level RLock.
import threading
from typing import Any, ClassVar, Dict, List, Type


class SingletonMeta(type):
    _instances: ClassVar[Dict[Type, Any]] = {}
    _is_being_created: ClassVar[List[Type]] = []

    def __call__(cls, *args, **kwargs):
        if cls in cls._is_being_created:
            raise RuntimeError(f"Circular dependency detected for class {cls.__name__}")
        if cls not in cls._instances:
            cls._is_being_created.append(cls)
            cls._instances[cls] = super().__call__(*args, **kwargs)  # Noncompliant
            cls._is_being_created.remove(cls)
        return cls._instances[cls]


class SymbolGraph(metaclass=SingletonMeta):
    def __init__(self):
        self.nodes = {}
        self.built_by = threading.current_thread().name


def branch(results, index):
    # each Parallel branch asks for the shared symbol graph
    results[index] = SymbolGraph()


def run_parallel(branches=4):
    results = [None] * branches
    threads = [threading.Thread(target=branch, args=(results, i)) for i in range(branches)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


if __name__ == "__main__":
    print({id(graph) for graph in run_parallel()})
