# https://github.com/sabnzbd/sabnzbd/issues/3311 (fix: https://github.com/sabnzbd/sabnzbd/pull/3317)
# Fixed: the entry is fetched with one get() and an expired entry is dropped with
# pop(key, None), so a concurrent removal by another API thread can no longer raise.
import functools
import shutil
import time

import cherrypy


def race_safe_cache(cache_time):
    def decorate(func):
        store = {}

        def cached_call(*args, **kwargs):
            now = time.time()
            key = functools._make_key(args, kwargs, typed=False)
            if not kwargs.get("force"):
                hit = store.get(key)
                if hit is not None:
                    result, stamp = hit
                    if now - stamp < cache_time:
                        return result
                    store.pop(key, None)
            result = func(*args, **kwargs)
            if result:
                store[key] = (result, now)
            return result

        return cached_call

    return decorate


@race_safe_cache(cache_time=10)
def free_space(force=False):
    usage = shutil.disk_usage("/")
    return {"download_dir": (usage.total, usage.free)}


class StatusApi:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def status(self):
        return {"diskspace": free_space()}


if __name__ == "__main__":
    cherrypy.config.update({"server.thread_pool": 10})
    cherrypy.quickstart(StatusApi(), "/api")
