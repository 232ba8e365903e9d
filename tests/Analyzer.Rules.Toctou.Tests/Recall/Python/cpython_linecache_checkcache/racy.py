# https://github.com/python/cpython/issues/126775
# linecache.checkcache() snapshots the cache keys (or tests `filename in cache`)
# and then indexes cache[filename]; another thread, or a weakref finalizer that
# deletes its generated entry, can remove the key in between -> KeyError.
# Fixed (PR #126776) by copying the dict atomically and using cache.get().
import os
import threading
import weakref

cache = {}


def drop_generated(filename):
    def _cleanup():
        if filename in cache:
            del cache[filename]
    return _cleanup


def register_generated(func, filename, source):
    cache[filename] = (len(source), None, source.splitlines(True), filename)
    weakref.finalize(func, drop_generated(filename))


def checkcache(filename=None):
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return

    for filename in filenames:
        entry = cache[filename]  # Noncompliant
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def traceback_worker():
    for _ in range(1000):
        checkcache()


if __name__ == "__main__":
    threads = [threading.Thread(target=traceback_worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
