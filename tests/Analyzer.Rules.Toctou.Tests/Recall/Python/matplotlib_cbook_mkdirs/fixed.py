# https://github.com/matplotlib/matplotlib/pull/5224
# Fixed version: make_dirs() no longer tests for existence first; on Python 3 it delegates to
# os.makedirs(..., exist_ok=True), which succeeds when another process created the directory first.
import errno
import os
import shutil
import sys
import tempfile
from multiprocessing import Process, Queue


def make_dirs(newdir, mode=0o777):
    """Equivalent to mkdir -p NEWDIR && chmod MODE NEWDIR."""
    # this functionality is now in core python as of 3.2
    if sys.version_info[0] >= 3:
        os.makedirs(newdir, mode=mode, exist_ok=True)
    else:
        try:
            os.makedirs(newdir, mode=mode)
        except OSError as exception:
            if exception.errno != errno.EEXIST:
                raise


def get_texcache_dir(configdir):
    cachedir = os.path.join(configdir, "cache", "tex.cache")
    make_dirs(cachedir)
    return cachedir


def load_pyplot(configdir, failures):
    try:
        get_texcache_dir(configdir)
    except OSError as exc:
        failures.put(repr(exc))


if __name__ == "__main__":
    root = tempfile.mkdtemp()
    failures = Queue()
    workers = [Process(target=load_pyplot, args=(root, failures)) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    while not failures.empty():
        print("import failed:", failures.get())
    shutil.rmtree(root)
