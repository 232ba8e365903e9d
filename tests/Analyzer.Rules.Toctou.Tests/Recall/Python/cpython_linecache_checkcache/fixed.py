# https://github.com/python/cpython/issues/126775
# Fixed version: take the key snapshot with cache.copy() and read each entry
# with cache.get(), skipping keys that vanished meanwhile.
import os
import threading
import weakref

line_cache = {}


def forget_generated(filename):
    def _cleanup():
        line_cache.pop(filename, None)
    return _cleanup


def add_generated(func, filename, source):
    line_cache[filename] = (len(source), None, source.splitlines(True), filename)
    weakref.finalize(func, forget_generated(filename))


def check_line_cache(filename=None):
    if filename is None:
        # get keys atomically
        filenames = line_cache.copy().keys()
    else:
        filenames = [filename]

    for filename in filenames:
        entry = line_cache.get(filename, None)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except (OSError, ValueError):
            line_cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            line_cache.pop(filename, None)


def formatter_worker():
    for _ in range(1000):
        check_line_cache()


if __name__ == "__main__":
    workers = [threading.Thread(target=formatter_worker) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
