# https://github.com/fsspec/gcsfs/issues/239
# Fixed version (PR #240): the expired entry is dropped with
# self._listing_cache.pop(path, None), so a second thread that already removed it
# no longer makes this call fail.
import logging
import posixpath
import time

logger = logging.getLogger("gcsfs")


class SafeGCSFileSystem(object):
    def __init__(self, cache_timeout=None):
        self.cache_timeout = cache_timeout
        self._listing_cache = {}

    def _fetch_listing(self, path):
        raise NotImplementedError

    def _cached_listing_or_none(self, path):
        if path in self._listing_cache:
            retrieved_time, listing = self._listing_cache[path]
            cache_age = time.time() - retrieved_time
            if self.cache_timeout is not None and cache_age > self.cache_timeout:
                logger.debug("expired cache path: %s", path)
                self._listing_cache.pop(path, None)
                return None
            return listing
        return None

    def list_objects(self, path):
        clisting = self._cached_listing_or_none(path)
        if clisting:
            return clisting
        listing = self._fetch_listing(path)
        retrieved_time = time.time()
        self._listing_cache[path] = (retrieved_time, listing)
        return listing

    def object_info(self, path):
        bucket, _, key = path.partition("/")
        parent = "/".join([bucket, posixpath.dirname(key.rstrip("/"))]) + "/"
        parent_cache = self._cached_listing_or_none(parent)
        if parent_cache:
            found = [o for o in parent_cache["items"] if o["name"] == key]
            if found:
                return found[0]
            raise FileNotFoundError(path)
        raise FileNotFoundError(path)
