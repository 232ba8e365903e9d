# https://github.com/bear/python-twitter/pull/214
# _FileCache._InitializeRootDirectory() tested os.path.exists(root) and then called os.mkdir(root).
# Under gunicorn every worker process builds a twitter.Api (and its file cache) at import time, so
# two workers both saw the directory missing and the second mkdir failed with EEXIST, killing it.
# Fix: call os.mkdir directly and treat EEXIST on an existing directory as success.
import os
import tempfile
from multiprocessing import Process


class FileCacheError(Exception):
    pass


class FileCache:
    DEPTH = 3

    def __init__(self, root_directory=None):
        self._InitializeRootDirectory(root_directory)

    def _GetTmpCachePath(self):
        user = os.getenv("USER") or os.getenv("LOGNAME") or "nobody"
        return os.path.join(tempfile.gettempdir(), "python.cache_" + user)

    def _InitializeRootDirectory(self, root_directory):
        if not root_directory:
            root_directory = self._GetTmpCachePath()
        root_directory = os.path.abspath(root_directory)
        if not os.path.exists(root_directory):
            os.mkdir(root_directory)  # Noncompliant
        if not os.path.isdir(root_directory):
            raise FileCacheError("%s exists but is not a directory" % root_directory)
        self._root_directory = root_directory


class Api:
    def __init__(self, cache_dir=None):
        self._cache = FileCache(cache_dir)


def gunicorn_worker(cache_dir):
    Api(cache_dir)  # module-level "api = twitter.Api(...)" in the WSGI app


if __name__ == "__main__":
    cache_dir = os.path.join(tempfile.mkdtemp(), "twitter-cache")
    workers = [Process(target=gunicorn_worker, args=(cache_dir,)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
