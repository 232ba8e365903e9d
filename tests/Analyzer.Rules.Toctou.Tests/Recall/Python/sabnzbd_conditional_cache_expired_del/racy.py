# https://github.com/sabnzbd/sabnzbd/issues/3311 (fix: https://github.com/sabnzbd/sabnzbd/pull/3317)
# The conditional_cache decorator keeps one plain dict per wrapped function. SABnzbd's
# web API runs on CherryPy worker threads, and several of them call the cached
# diskspace() at once: each sees `key in cache`, finds the entry expired and does
# `del cache[key]`; the second thread's del raises KeyError and the API request fails.
# The fix reads the entry with a single lookup and removes it with pop(key, None).
import functools
import shutil
import time

import cherrypy


def conditional_cache(cache_time):
    def decorator(func):
        cache = {}

        def wrapper(*args, **kwargs):
            now = time.time()
            key = functools._make_key(args, kwargs, typed=False)
            if not kwargs.get("force"):
                if key in cache:
                    result, stamp = cache[key]
                    if now - stamp < cache_time:
                        return result
                    del cache[key]  # Noncompliant
            result = func(*args, **kwargs)
            if result:
                cache[key] = (result, now)
            return result

        return wrapper

    return decorator


@conditional_cache(cache_time=10)
def diskspace(force=False):
    usage = shutil.disk_usage("/")
    return {"download_dir": (usage.total, usage.free)}


class Api:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def queue(self):
        return {"diskspace": diskspace()}


if __name__ == "__main__":
    cherrypy.config.update({"server.thread_pool": 10})
    cherrypy.quickstart(Api(), "/api")
