# https://github.com/dask/dask/pull/2511
# normalize_function() (tokenize() from many worker threads) evicts every second key when the
# module-level cache is full; two threads both see it full, both delete from their snapshots
# and one hits KeyError. Fix: evict under function_cache_lock and re-check the size inside it.
from concurrent.futures import ThreadPoolExecutor
from functools import partial

function_cache = {}


def _normalize_function(func):
    if isinstance(func, partial):
        return (_normalize_function(func.func), func.args, tuple(sorted(func.keywords.items())))
    return getattr(func, "__name__", repr(func))


def normalize_function(func):
    try:
        return function_cache[func]
    except KeyError:
        result = _normalize_function(func)
        if len(function_cache) >= 500:  # clear half of cache if full
            for k in list(function_cache)[::2]:
                del function_cache[k]  # Noncompliant
        function_cache[func] = result
        return result
    except TypeError:  # not hashable
        return _normalize_function(func)


def tokenize_task(i):
    def inc(x, i=i):
        return x + i

    return normalize_function(partial(inc, i))


if __name__ == "__main__":
    with ThreadPoolExecutor(16) as pool:
        tokens = list(pool.map(tokenize_task, range(20000)))
    print(len(tokens), len(function_cache))
