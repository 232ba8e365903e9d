# https://github.com/datalad/datalad/pull/7075
# Fixed version: the Flyweight metaclass serialises lookup-construct-store with a lock, so
# two threads requesting the same path always receive the same Dataset instance.
import threading
from concurrent.futures import ThreadPoolExecutor
from weakref import WeakValueDictionary

import os.path as op


class LockedFlyweight(type):
    _flyweight_lock = threading.RLock()

    def _flyweight_id_from_args(cls, *args, **kwargs):
        raise NotImplementedError

    def _flyweight_invalid(cls, id_):
        return False

    def __call__(cls, *args, **kwargs):
        id_, new_args, new_kwargs = cls._flyweight_id_from_args(*args, **kwargs)
        with LockedFlyweight._flyweight_lock:
            instance = cls._unique_instances.get(id_, None)
            if instance is None or cls._flyweight_invalid(id_):
                instance = type.__call__(cls, *new_args, **new_kwargs)
                cls._unique_instances[id_] = instance
        return instance


class SafeDataset(metaclass=LockedFlyweight):
    _unique_instances = WeakValueDictionary()

    @classmethod
    def _flyweight_id_from_args(cls, path):
        path_ = op.normpath(op.abspath(path))
        return path_, (), {'path': path_}

    def __init__(self, path):
        self.path = path
        self._repo = None


def status_of_subdatasets_locked(paths, jobs=4):
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(lambda p: SafeDataset(p).path, paths))
