# https://github.com/ets-labs/python-dependency-injector/pull/322
# Fixed: the instance is read into a local under the lock, so a reset after the lock cannot change what is returned.
import threading


class LockedSingleton:
    instance_lock = threading.RLock()

    def __init__(self, factory, *args, **kwargs):
        self._factory = factory
        self._args = args
        self._kwargs = kwargs
        self._instance = None

    def reset(self):
        self._instance = None

    def __call__(self, *args, **kwargs):
        instance = self._instance
        if instance is None:
            with self.instance_lock:
                if self._instance is None:
                    self._instance = self._factory(*self._args, *args, **self._kwargs, **kwargs)
                instance = self._instance
        return instance
