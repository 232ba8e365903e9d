# https://github.com/apache/tvm/pull/4784
# Fixed version: os.mkdir is attempted unconditionally and FileExistsError from a
# parallel test process that created the directory first is ignored
# (try/except/else as in the merged change).
import atexit
import os
import pickle
import sys


class MemoCache(object):
    """Result cache shared by every test process started in the same cwd."""

    by_key = {}

    def __init__(self, key):
        cache_dir = ".pkl_memoize_py{0}".format(sys.version_info[0])
        try:
            os.mkdir(cache_dir)
        except FileExistsError:
            pass
        else:
            self.cache = {}
        self.path = os.path.join(cache_dir, key)
        if os.path.exists(self.path):
            try:
                self.cache = pickle.load(open(self.path, "rb"))
            except Exception:
                self.cache = {}
        else:
            self.cache = {}
        self.dirty = False

    def save(self):
        if self.dirty:
            with open(self.path, "wb") as out_file:
                pickle.dump(self.cache, out_file, pickle.HIGHEST_PROTOCOL)


@atexit.register
def _save_all_at_exit():
    for value in MemoCache.by_key.values():
        value.save()


def memoize_safe(key):
    def _register(f):
        fkey = key + "." + f.__name__ + ".pkl"
        if fkey not in MemoCache.by_key:
            MemoCache.by_key[fkey] = MemoCache(fkey)
        cache = MemoCache.by_key[fkey]

        def _memoized_f(*args):
            if args in cache.cache:
                return cache.cache[args]
            res = f(*args)
            cache.cache[args] = res
            cache.dirty = True
            return res

        return _memoized_f

    return _register
