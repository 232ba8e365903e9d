# https://github.com/pallets-eco/flask-caching/pull/140
# Bug (issue #135): @cached reads the entry with cache.get(key); on None it asks
# cache.has(key) to tell "cached None" from "miss". With a shared backend (redis)
# another worker/process can store the key between get() and has(), so has() says
# True and the view returns the stale None from get(). Fix (cache_none=False by
# default): a None from get() is treated as a miss and has() is not consulted.
import functools
import logging

from flask import Flask, request
from flask_caching.backends import RedisCache

logger = logging.getLogger(__name__)


class Cache:
    def __init__(self, app: Flask, host="localhost"):
        self.app = app
        self.cache = RedisCache(host=host)

    def cached(self, timeout=None, key_prefix="view/%s", response_filter=None):
        def decorator(f):
            @functools.wraps(f)
            def decorated_function(*args, **kwargs):
                cache_key = key_prefix % request.path
                try:
                    rv = self.cache.get(cache_key)
                    found = True
                    if rv is None:
                        found = self.cache.has(cache_key)  # Noncompliant
                except Exception:
                    if self.app.debug:
                        raise
                    logger.exception("Exception possibly due to cache backend.")
                    return f(*args, **kwargs)

                if not found:
                    rv = f(*args, **kwargs)
                    if response_filter is None or response_filter(rv):
                        try:
                            self.cache.set(cache_key, rv, timeout=timeout)
                        except Exception:
                            logger.exception("Exception possibly due to cache backend.")
                return rv

            return decorated_function

        return decorator


app = Flask(__name__)
cache = Cache(app)


@app.route("/report")
@cache.cached(timeout=60)
def report():
    return "expensive report"
