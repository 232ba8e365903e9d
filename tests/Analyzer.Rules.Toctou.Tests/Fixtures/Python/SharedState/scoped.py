import contextlib
import os
import threading


# A generator context manager that yields under the lock holds it for the with block that calls it.
class Registry:
    def __init__(self):
        self._lock = threading.Lock()
        self._entries = {}

    @contextlib.contextmanager
    def _locked(self):
        with self._lock:
            yield self._entries

    @contextlib.contextmanager
    def _snapshot(self):
        with self._lock:
            entries = dict(self._entries)
        yield entries

    def register(self, name, entry):
        with self._locked():
            if name not in self._entries:
                self._entries[name] = entry

    # The lock is released before the block runs.
    def register_late(self, name, entry):
        with self._snapshot():
            if name not in self._entries:  # Secondary [check]
                self._entries[name] = entry  # Noncompliant [TOCTOU001] {{self._entries is checked at line 31 and changed at line 32 by self._entries[name], with no lock held at either point}}


@contextlib.contextmanager
def holding_spool(repo):
    with repo.lock():
        yield


# A lock file taken by a context manager of the package keeps other runs off the path for the block.
def clear_spool(repo, path):
    with holding_spool(repo):
        if os.path.exists(path):
            os.remove(path)
