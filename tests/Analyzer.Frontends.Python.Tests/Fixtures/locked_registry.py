"""A registry guarded by a lock, with a check-and-act inside and outside it."""
import threading
from collections import OrderedDict as _OD

_locks = {}


class Registry(BaseRegistry, metaclass=RegistryMeta):
    max_size: int = 100

    def __init__(self, name):
        self._lock = _locks.setdefault(name, threading.Lock())
        self._entries = _OD()
        self.hits, self.misses = 0, 0

    def register(self, key, value):
        # Racy: the check runs outside the lock.
        if key in self._entries:
            return False
        with self._lock:
            self._entries[key] = value
        return True

    def get_or_add(self, key, factory):
        with self._lock, open(self.path, 'a') as log:
            entry = self._entries.get(key)
            if entry is None:
                entry = self._entries[key] = factory()
                log.write(f"added {key!r}\n")
            else:
                self.hits += 1
        return entry

    @staticmethod
    def default():
        return Registry("default")

    @classmethod
    def create(cls, *args, **kwargs):
        return cls(*args, **kwargs)
