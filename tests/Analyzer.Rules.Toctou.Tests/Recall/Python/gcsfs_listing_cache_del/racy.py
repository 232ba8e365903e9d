# https://github.com/fsspec/gcsfs/issues/239
# GCSFileSystem._maybe_get_cached_listing checks `path in self._listing_cache`,
# finds the entry expired and then runs `del self._listing_cache[path]`; several
# threads calling info()/ls() on the same prefix all see the stale entry and the
# later ones raise KeyError. Fix (PR #240): self._listing_cache.pop(path, None).
import logging
import posixpath
import time

logger = logging.getLogger("gcsfs")


class GCSFileSystem(object):
    def __init__(self, cache_timeout=None):
        self.cache_timeout = cache_timeout
        self._listing_cache = {}

    def _do_list_objects(self, path):
        raise NotImplementedError

    def _maybe_get_cached_listing(self, path):
        if path in self._listing_cache:
            retrieved_time, listing = self._listing_cache[path]
            cache_age = time.time() - retrieved_time
            if self.cache_timeout is not None and cache_age > self.cache_timeout:
                logger.debug("expired cache path: %s", path)
                del self._listing_cache[path]  # Noncompliant
                return None
            return listing
        return None

    def _list_objects(self, path):
        clisting = self._maybe_get_cached_listing(path)
        if clisting:
            return clisting
        listing = self._do_list_objects(path)
        retrieved_time = time.time()
        self._listing_cache[path] = (retrieved_time, listing)
        return listing

    def info(self, path):
        bucket, _, key = path.partition("/")
        parent = "/".join([bucket, posixpath.dirname(key.rstrip("/"))]) + "/"
        parent_cache = self._maybe_get_cached_listing(parent)
        if parent_cache:
            found = [o for o in parent_cache["items"] if o["name"] == key]
            if found:
                return found[0]
            raise FileNotFoundError(path)
        raise FileNotFoundError(path)
