# https://github.com/pallets-eco/flask-caching/pull/140
# Fixed: new cache_none option, False by default. Unless the caller wants None
# values cached, a None from cache.get() is a miss and cache.has() is skipped,
# so a value stored by a concurrent call between the two steps cannot produce a
# false hit.
import functools
import logging

from flask import Flask, request
from flask_caching.backends import RedisCache

logger = logging.getLogger(__name__)


class ViewCache:
    def __init__(self, app: Flask, host="localhost"):
        self.app = app
        self.cache = RedisCache(host=host)

    def cached_view(self, timeout=None, key_prefix="view/%s", response_filter=None, cache_none=False):
        def decorator(f):
            @functools.wraps(f)
            def wrapper(*args, **kwargs):
                cache_key = key_prefix % request.path
                try:
                    rv = self.cache.get(cache_key)
                    found = True
                    if rv is None:
                        if not cache_none:
                            found = False
                        else:
                            found = self.cache.has(cache_key)
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

            return wrapper

        return decorator


web = Flask(__name__)
view_cache = ViewCache(web)


@web.route("/summary")
@view_cache.cached_view(timeout=60)
def summary():
    return "expensive summary"
