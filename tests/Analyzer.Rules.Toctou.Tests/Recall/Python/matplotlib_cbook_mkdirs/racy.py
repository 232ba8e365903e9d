# https://github.com/matplotlib/matplotlib/pull/5224
# cbook.mkdirs() tested os.path.exists() for the path parts and then called os.makedirs(); LSST test processes
# importing matplotlib in parallel both saw a parent of the cache dir missing, the slower one got EEXIST for that
# parent (only EEXIST on the full path was tolerated) and the import failed (matplotlib#5225).
# Fix: on Python 3 just call os.makedirs(newdir, mode=mode, exist_ok=True), no separate existence test.
import errno
import os
import shutil
import tempfile
from multiprocessing import Process, Queue


def mkdirs(newdir, mode=0o777):
    """
    make directory *newdir* recursively, and set *mode*.  Equivalent to ::

        > mkdir -p NEWDIR
        > chmod MODE NEWDIR
    """
    try:
        if not os.path.exists(newdir):
            parts = os.path.split(newdir)
            for i in range(1, len(parts) + 1):
                thispart = os.path.join(*parts[:i])
                if not os.path.exists(thispart):
                    os.makedirs(thispart, mode)  # Noncompliant
    except OSError as err:
        # Reraise the error unless it's about an already existing directory
        if err.errno != errno.EEXIST or not os.path.isdir(newdir):
            raise


def get_cachedir(configdir):
    cachedir = os.path.join(configdir, "cache", "tex.cache")
    mkdirs(cachedir)
    return cachedir


def import_matplotlib(configdir, errors):
    # texmanager / font_manager resolve the cache dir at import time in every process
    try:
        get_cachedir(configdir)
    except OSError as exc:
        errors.put(repr(exc))


if __name__ == "__main__":
    configdir = tempfile.mkdtemp()
    errors = Queue()
    procs = [Process(target=import_matplotlib, args=(configdir, errors)) for _ in range(8)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    while not errors.empty():
        print("import failed:", errors.get())
    shutil.rmtree(configdir)
