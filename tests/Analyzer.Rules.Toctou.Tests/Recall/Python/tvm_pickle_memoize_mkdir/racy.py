# https://github.com/apache/tvm/pull/4784
# pickle_memoize.Cache.__init__ tests os.path.exists(cache_dir) and then calls
# os.mkdir(cache_dir); test processes running in parallel on one server both see
# the directory missing and the loser dies with FileExistsError '.pkl_memoize_py3'.
# Fix: call os.mkdir directly and treat FileExistsError as "already there".
import atexit
import os
import pickle
import sys


class Cache(object):
    """Result cache shared by every test process started in the same cwd."""

    cache_by_key = {}

    def __init__(self, key):
        cache_dir = ".pkl_memoize_py{0}".format(sys.version_info[0])
        if not os.path.exists(cache_dir):
            os.mkdir(cache_dir)  # Noncompliant
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
def _atexit():
    for value in Cache.cache_by_key.values():
        value.save()


def memoize(key):
    def _register(f):
        fkey = key + "." + f.__name__ + ".pkl"
        if fkey not in Cache.cache_by_key:
            Cache.cache_by_key[fkey] = Cache(fkey)
        cache = Cache.cache_by_key[fkey]

        def _memoized_f(*args):
            if args in cache.cache:
                return cache.cache[args]
            res = f(*args)
            cache.cache[args] = res
            cache.dirty = True
            return res

        return _memoized_f

    return _register
