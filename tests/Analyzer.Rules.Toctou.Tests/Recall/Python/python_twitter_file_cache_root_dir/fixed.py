# https://github.com/bear/python-twitter/pull/214
# Fixed version: os.mkdir is attempted directly; EEXIST is ignored when the path is a directory
# (another worker created it), any other error is raised.
import errno
import os
import tempfile
from multiprocessing import Process


class SafeFileCacheError(Exception):
    pass


class SafeFileCache:
    DEPTH = 3

    def __init__(self, root_directory=None):
        self._InitializeRootDirectorySafely(root_directory)

    def _GetTmpCachePathSafe(self):
        user = os.getenv("USER") or os.getenv("LOGNAME") or "nobody"
        return os.path.join(tempfile.gettempdir(), "python.cache_" + user)

    def _InitializeRootDirectorySafely(self, root_directory):
        if not root_directory:
            root_directory = self._GetTmpCachePathSafe()
        root_directory = os.path.abspath(root_directory)
        try:
            os.mkdir(root_directory)
        except OSError as e:
            if e.errno == errno.EEXIST and os.path.isdir(root_directory):
                pass
            else:
                raise
        self._root_directory = root_directory


class SafeApi:
    def __init__(self, cache_dir=None):
        self._cache = SafeFileCache(cache_dir)


def safe_gunicorn_worker(cache_dir):
    SafeApi(cache_dir)


if __name__ == "__main__":
    cache_dir = os.path.join(tempfile.mkdtemp(), "twitter-cache")
    workers = [Process(target=safe_gunicorn_worker, args=(cache_dir,)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
