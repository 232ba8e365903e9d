"""A small in-process cache shared by several threads.

It is the analyzer's bundled sample: ``add`` checks for the key without the lock and stores under it, so two
threads can both see the key as missing and the second silently overwrites the first; ``ensure_spool_dir``
checks for a directory and then creates it, which fails when another process created it in between.
"""

import os
import threading


class Cache:
    """Maps keys to values; ``add`` stores a value only when the key is absent."""

    def __init__(self):
        self._lock = threading.Lock()
        self._entries = {}

    def get(self, key, default=None):
        with self._lock:
            return self._entries.get(key, default)

    def add(self, key, value):
        """Stores value unless key is present; returns True when it stored it."""
        if key in self._entries:
            return False
        with self._lock:
            self._entries[key] = value
        return True

    def add_atomic(self, key, value):
        """``add`` done right: the check and the store happen under one hold of the lock."""
        with self._lock:
            if key in self._entries:
                return False
            self._entries[key] = value
            return True


def ensure_spool_dir(path):
    """Creates the spool directory unless it exists."""
    if not os.path.exists(path):
        os.makedirs(path)
    return path
