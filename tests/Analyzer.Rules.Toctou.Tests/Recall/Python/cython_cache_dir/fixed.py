# https://github.com/cython/cython/pull/7986 (issue https://github.com/cython/cython/issues/7985)
# Fixed version: create the directory and allow it to exist already.
import os

MAX_CACHE_SIZE = 1024 * 1024 * 100


class SharedCache:
    def __init__(self, path, cache_size=None):
        if path is None:
            self.path = os.path.join(os.path.expanduser("~"), ".cython", "cache")
        else:
            self.path = path
        self.cache_size = cache_size if cache_size is not None else MAX_CACHE_SIZE
        # Make sure the cache directory exists (and allow for concurrent creation).
        os.makedirs(self.path, exist_ok=True)
