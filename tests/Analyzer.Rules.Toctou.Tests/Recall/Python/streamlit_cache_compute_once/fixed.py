# https://github.com/streamlit/streamlit/pull/6017
# Fixed version: on a miss the caller takes the lock returned by compute_value_lock(value_key),
# re-reads the cache under it, and computes and writes only if the value is still missing.
# Other sessions block on that lock and then return the value computed by the first one.
import functools
import threading
from collections import defaultdict


class CacheMissError(Exception):
    pass


class ResultCache:
    def __init__(self):
        self._mem_cache = {}
        self._mem_cache_lock = threading.Lock()
        self._value_locks = defaultdict(threading.Lock)
        self._value_locks_lock = threading.Lock()

    def read_result(self, value_key):
        with self._mem_cache_lock:
            if value_key not in self._mem_cache:
                raise CacheMissError(value_key)
            return self._mem_cache[value_key]

    def write_result(self, value_key, value):
        with self._mem_cache_lock:
            self._mem_cache[value_key] = value

    def compute_value_lock(self, value_key):
        """Return the lock that should be held while computing a new cached value."""
        with self._value_locks_lock:
            return self._value_locks[value_key]


def make_cached_func(func, cache):
    @functools.wraps(func)
    def cached(*args, **kwargs):
        value_key = repr((func.__qualname__, args, sorted(kwargs.items())))
        try:
            return cache.read_result(value_key)
        except CacheMissError:
            pass
        with cache.compute_value_lock(value_key):
            # Another thread may have computed the value while we waited for the lock.
            try:
                return cache.read_result(value_key)
            except CacheMissError:
                pass
            computed_value = func(*args, **kwargs)
            cache.write_result(value_key, computed_value)
            return computed_value

    return cached


def run_script_sessions(script, n_sessions):
    threads = [threading.Thread(target=script, name="ScriptRunner.%d" % i) for i in range(n_sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
