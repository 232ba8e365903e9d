# https://github.com/tox-dev/filelock/pull/581
# Fixed version: the singleton lookup and the store of a newly built instance happen
# while holding one class-level lock, so only one instance per path can ever exist.
import os
import threading
from weakref import WeakValueDictionary


class GuardedLockMeta(type):
    _instances_lock = threading.RLock()

    def __call__(cls, lock_file, timeout=-1, thread_local=True, is_singleton=False):
        if not is_singleton:
            return super(GuardedLockMeta, cls).__call__(
                lock_file, timeout=timeout, thread_local=thread_local, is_singleton=False
            )
        with GuardedLockMeta._instances_lock:
            existing = cls._registry.get(str(lock_file))
            if existing:
                if existing.timeout != timeout or existing.is_thread_local() != thread_local:
                    raise ValueError("Singleton lock instances cannot be initialized with differing arguments")
                return existing
            created = super(GuardedLockMeta, cls).__call__(
                lock_file, timeout=timeout, thread_local=thread_local, is_singleton=True
            )
            cls._registry[str(lock_file)] = created
            return created


class GuardedBaseLock(metaclass=GuardedLockMeta):
    _registry = WeakValueDictionary()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._registry = WeakValueDictionary()

    def __init__(self, lock_file, timeout=-1, thread_local=True, is_singleton=False):
        self.lock_file = os.fspath(lock_file)
        self.timeout = timeout
        self._thread_local = thread_local
        self._ctx = threading.local() if thread_local else type("Ctx", (), {})()
        self._ctx.lock_counter = 0

    def is_thread_local(self):
        return self._thread_local


class GuardedFileLock(GuardedBaseLock):
    pass
