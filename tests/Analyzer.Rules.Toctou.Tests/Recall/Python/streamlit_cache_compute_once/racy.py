# https://github.com/streamlit/streamlit/pull/6017
# The st.memo/st.singleton wrapper reads the cache, and on CacheKeyNotFoundError runs the
# wrapped function and writes the result. Every session is a separate ScriptRunner thread, so
# when many sessions hit a not-yet-cached value they all miss, all run the expensive function
# and all write the result. Fix (PR "Cache only once"): a per-value-key threading.Lock is taken
# on a miss, the cache is read again under it, and only the first holder computes and writes.
import functools
import threading


class CacheKeyNotFoundError(Exception):
    pass


class MemoCache:
    def __init__(self):
        self._mem_cache = {}
        self._mem_cache_lock = threading.Lock()

    def read_result(self, value_key):
        with self._mem_cache_lock:
            if value_key not in self._mem_cache:
                raise CacheKeyNotFoundError(value_key)
            return self._mem_cache[value_key]

    def write_result(self, value_key, value):
        with self._mem_cache_lock:
            self._mem_cache[value_key] = value


def create_cache_wrapper(func, cache):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        value_key = repr((func.__qualname__, args, sorted(kwargs.items())))
        try:
            return cache.read_result(value_key)
        except CacheKeyNotFoundError:
            pass
        return_value = func(*args, **kwargs)
        cache.write_result(value_key, return_value)  # Noncompliant
        return return_value

    return wrapper


def run_sessions(script, n_sessions):
    # Each browser tab gets its own ScriptRunner thread executing the user script.
    threads = [threading.Thread(target=script, name="ScriptRunner.%d" % i) for i in range(n_sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
