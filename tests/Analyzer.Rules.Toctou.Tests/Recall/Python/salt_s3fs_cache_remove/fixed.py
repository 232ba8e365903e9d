# https://github.com/saltstack/salt/pull/69670
# Fixed version: the stale cache file is removed without a prior existence check and a
# missing file (already removed by a concurrent refresh) is tolerated.
import logging
import os
import pickle
import time

log = logging.getLogger(__name__)

S3_CACHE_TTL = 30

__opts__ = {"cachedir": "/var/cache/salt/master"}


def _s3_cache_dir():
    return os.path.join(__opts__["cachedir"], "s3cache")


def _buckets_cache_path():
    cache_dir = _s3_cache_dir()
    os.makedirs(cache_dir, exist_ok=True)
    return os.path.join(cache_dir, "buckets_files.cache")


def _load_buckets_cache(cache_file):
    with open(cache_file, "rb") as fp_:
        try:
            return pickle.load(fp_)
        except (pickle.UnpicklingError, EOFError):
            return None


def _store_buckets_cache(metadata, cache_file):
    try:
        os.remove(cache_file)
    except FileNotFoundError:
        pass

    log.debug("Writing buckets cache file")
    with open(cache_file, "wb") as fp_:
        pickle.dump(metadata, fp_)


def _rebuild_buckets_cache(cache_file, fetch):
    metadata = fetch()
    _store_buckets_cache(metadata, cache_file)
    return metadata


def _init_cache(fetch):
    cache_file = _buckets_cache_path()
    exp = time.time() - S3_CACHE_TTL
    metadata = None
    try:
        if os.path.getmtime(cache_file) > exp:
            metadata = _load_buckets_cache(cache_file)
    except OSError:
        pass
    if metadata is None:
        metadata = _rebuild_buckets_cache(cache_file, fetch)
    return metadata


def update_cache(fetch):
    return _init_cache(fetch)
