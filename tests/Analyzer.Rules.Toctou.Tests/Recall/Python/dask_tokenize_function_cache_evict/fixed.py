# https://github.com/dask/dask/pull/2511
# Fixed version: eviction is done under the cache lock with the size checked again inside it,
# so only one thread clears half of the cache.
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import partial

fn_token_cache = {}
fn_token_cache_lock = threading.Lock()


def _token_for(func):
    if isinstance(func, partial):
        return (_token_for(func.func), func.args, tuple(sorted(func.keywords.items())))
    return getattr(func, "__name__", repr(func))


def normalize_callable(func):
    try:
        return fn_token_cache[func]
    except KeyError:
        result = _token_for(func)
        if len(fn_token_cache) >= 500:  # clear half of cache if full
            with fn_token_cache_lock:
                if len(fn_token_cache) >= 500:
                    for k in list(fn_token_cache)[::2]:
                        del fn_token_cache[k]
        fn_token_cache[func] = result
        return result
    except TypeError:  # not hashable
        return _token_for(func)


def tokenize_job(i):
    def inc(x, i=i):
        return x + i

    return normalize_callable(partial(inc, i))


if __name__ == "__main__":
    with ThreadPoolExecutor(16) as pool:
        tokens = list(pool.map(tokenize_job, range(20000)))
    print(len(tokens), len(fn_token_cache))
