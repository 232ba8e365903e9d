# https://github.com/tox-dev/filelock/pull/581
# FileLockMeta.__call__ looked up the singleton cache for the lock path and, on a miss,
# built a new lock object and stored it, with no lock around the lookup and the store.
# Two threads creating the same is_singleton=True lock for a fresh path could both miss
# and each keep their own instance, breaking the reentrancy the singleton guarantees.
# The fix serialises the get-or-create with a lock held across both steps.
import os
import threading
from weakref import WeakValueDictionary


class FileLockMeta(type):
    def __call__(cls, lock_file, timeout=-1, thread_local=True, is_singleton=False):
        if is_singleton:
            instance = cls._instances.get(str(lock_file))
            if instance:
                if instance.timeout != timeout or instance.is_thread_local() != thread_local:
                    raise ValueError("Singleton lock instances cannot be initialized with differing arguments")
                return instance

        instance = super(FileLockMeta, cls).__call__(
            lock_file, timeout=timeout, thread_local=thread_local, is_singleton=is_singleton
        )
        if is_singleton:
            cls._instances[str(lock_file)] = instance  # Noncompliant
        return instance


class BaseFileLock(metaclass=FileLockMeta):
    _instances = WeakValueDictionary()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._instances = WeakValueDictionary()

    def __init__(self, lock_file, timeout=-1, thread_local=True, is_singleton=False):
        self.lock_file = os.fspath(lock_file)
        self.timeout = timeout
        self._is_thread_local = thread_local
        self._context = threading.local() if thread_local else type("Ctx", (), {})()
        self._context.lock_counter = 0

    def is_thread_local(self):
        return self._is_thread_local


class FileLock(BaseFileLock):
    pass
