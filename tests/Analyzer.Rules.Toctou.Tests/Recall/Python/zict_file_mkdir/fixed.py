# https://github.com/dask/zict/pull/33
# Fixed version: directory creation tolerates the directory already existing
# (created by a sibling worker process), then existing keys are loaded.
import os
from collections.abc import MutableMapping
from urllib.parse import quote, unquote


def _escape_key(key):
    return quote(key, safe="")


def _unescape_key(key):
    return unquote(key)


class SpillFile(MutableMapping):
    def __init__(self, directory, mode="a"):
        self.directory = directory
        self.mode = mode
        self._keys = set()
        os.makedirs(self.directory, exist_ok=True)
        for n in os.listdir(self.directory):
            self._keys.add(_unescape_key(n))

    def __getitem__(self, key):
        if key not in self._keys:
            raise KeyError(key)
        with open(os.path.join(self.directory, _escape_key(key)), "rb") as f:
            return f.read()

    def __setitem__(self, key, value):
        with open(os.path.join(self.directory, _escape_key(key)), "wb") as f:
            f.write(value)
        self._keys.add(key)

    def __delitem__(self, key):
        if key not in self._keys:
            raise KeyError(key)
        os.remove(os.path.join(self.directory, _escape_key(key)))
        self._keys.remove(key)

    def __iter__(self):
        return iter(self._keys)

    def __len__(self):
        return len(self._keys)


def open_worker_storage(local_directory):
    return SpillFile(os.path.join(local_directory, "storage"))
