# https://github.com/cython/cython/pull/7986 (issue https://github.com/cython/cython/issues/7985)
# The compilation cache created its directory with an exists check followed by os.makedirs; parallel cythonize
# processes sharing one cache both saw it missing and the slower one failed with FileExistsError. The fix calls
# os.makedirs(path, exist_ok=True) without the check.
import os

MAX_CACHE_SIZE = 1024 * 1024 * 100


class Cache:
    def __init__(self, path, cache_size=None):
        if path is None:
            self.path = os.path.join(os.path.expanduser("~"), ".cython", "cache")
        else:
            self.path = path
        self.cache_size = cache_size if cache_size is not None else MAX_CACHE_SIZE
        if not os.path.exists(self.path):
            os.makedirs(self.path)  # Noncompliant [TOCTOU004]
