# https://github.com/datalad/datalad/pull/7075
# The Flyweight metaclass guarantees one Dataset/GitRepo object per path: __call__ looks the
# id up in the class's WeakValueDictionary and, if absent, constructs and stores a new one.
# Parallel operations (threads) asking for the same path can both miss and each build and
# store their own instance, breaking the one-instance-per-repo promise (issue #6598).
# Fix: hold a lock across the lookup, the construction and the store.
from concurrent.futures import ThreadPoolExecutor
from weakref import WeakValueDictionary

import os.path as op


class Flyweight(type):
    def _flyweight_id_from_args(cls, *args, **kwargs):
        raise NotImplementedError

    def _flyweight_invalid(cls, id_):
        return False

    def __call__(cls, *args, **kwargs):
        id_, new_args, new_kwargs = cls._flyweight_id_from_args(*args, **kwargs)
        instance = cls._unique_instances.get(id_, None)

        if instance is None or cls._flyweight_invalid(id_):
            # we have no such instance yet or the existing one is invalidated
            instance = type.__call__(cls, *new_args, **new_kwargs)
            cls._unique_instances[id_] = instance  # Noncompliant

        return instance


class Dataset(metaclass=Flyweight):
    _unique_instances = WeakValueDictionary()

    @classmethod
    def _flyweight_id_from_args(cls, path):
        path_ = op.normpath(op.abspath(path))
        return path_, (), {'path': path_}

    def __init__(self, path):
        self.path = path
        self._repo = None


def status_of_subdatasets(paths, jobs=4):
    # datalad runs per-dataset work in a thread pool (ProducerConsumer with jobs > 1).
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(lambda p: Dataset(p).path, paths))
