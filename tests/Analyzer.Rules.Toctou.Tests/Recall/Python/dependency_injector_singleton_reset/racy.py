# https://github.com/ets-labs/python-dependency-injector/pull/322
# ThreadSafeSingleton made its instance under a lock when none was stored yet, but returned the attribute after the
# lock was released; reset() sets the attribute back to None, so a reset between the two made the provider return None
# instead of an instance. The pull request reads the instance into a local under the lock and returns the local.
import threading


class ThreadSafeSingleton:
    storage_lock = threading.RLock()

    def __init__(self, provides, *args, **kwargs):
        self._provides = provides
        self._args = args
        self._kwargs = kwargs
        self._storage = None

    def reset(self):
        self._storage = None

    def __call__(self, *args, **kwargs):
        with self.storage_lock:
            if self._storage is None:
                self._storage = self._provides(*self._args, *args, **self._kwargs, **kwargs)
        return self._storage  # Noncompliant [TOCTOU001]
