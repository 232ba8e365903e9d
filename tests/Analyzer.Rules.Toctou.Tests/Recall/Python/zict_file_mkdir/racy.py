# https://github.com/dask/zict/pull/33
# zict.File (used by dask/distributed workers to spill to disk) checked
# os.path.exists(directory) and then called os.mkdir(directory). Several dask-cuda worker
# processes sharing one storage directory pass the check together; the losers die with EEXIST.
# Fix: os.makedirs(directory, exist_ok=True), then list existing keys.
import os
from collections.abc import MutableMapping
from urllib.parse import quote, unquote


def _safe_key(key):
    return quote(key, safe="")


def _unsafe_key(key):
    return unquote(key)


class File(MutableMapping):
    """Mutable mapping backed by one file per key inside a directory."""

    def __init__(self, directory, mode="a"):
        self.directory = directory
        self.mode = mode
        self._keys = set()
        if not os.path.exists(self.directory):
            os.mkdir(self.directory)  # Noncompliant
        else:
            for n in os.listdir(self.directory):
                self._keys.add(_unsafe_key(n))

    def __getitem__(self, key):
        if key not in self._keys:
            raise KeyError(key)
        with open(os.path.join(self.directory, _safe_key(key)), "rb") as f:
            return f.read()

    def __setitem__(self, key, value):
        with open(os.path.join(self.directory, _safe_key(key)), "wb") as f:
            f.write(value)
        self._keys.add(key)

    def __delitem__(self, key):
        if key not in self._keys:
            raise KeyError(key)
        os.remove(os.path.join(self.directory, _safe_key(key)))
        self._keys.remove(key)

    def __iter__(self):
        return iter(self._keys)

    def __len__(self):
        return len(self._keys)


def start_worker_storage(local_directory):
    # each worker process (started by the nanny) builds its own spill mapping
    return File(os.path.join(local_directory, "storage"))
