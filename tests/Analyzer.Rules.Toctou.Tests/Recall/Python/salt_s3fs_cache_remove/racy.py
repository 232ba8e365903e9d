# https://github.com/saltstack/salt/pull/69670
# Salt's S3 fileserver rewrites its bucket cache file on refresh: it checks
# os.path.isfile(cache_file) and then calls os.remove(cache_file). Two overlapping refreshes
# (event handlers on the master) both pass the check; the second remove raises FileNotFoundError.
# Fix: remove unconditionally inside try/except FileNotFoundError.
import logging
import os
import pickle
import time

log = logging.getLogger(__name__)

S3_CACHE_EXPIRE = 30

__opts__ = {"cachedir": "/var/cache/salt/master"}


def _get_cache_dir():
    return os.path.join(__opts__["cachedir"], "s3cache")


def _get_buckets_cache_filename():
    cache_dir = _get_cache_dir()
    os.makedirs(cache_dir, exist_ok=True)
    return os.path.join(cache_dir, "buckets_files.cache")


def _read_buckets_cache_file(cache_file):
    with open(cache_file, "rb") as fp_:
        try:
            return pickle.load(fp_)
        except (pickle.UnpicklingError, EOFError):
            return None


def _write_buckets_cache_file(metadata, cache_file):
    # drop the stale cache before writing the fresh one
    if os.path.isfile(cache_file):
        os.remove(cache_file)  # Noncompliant

    log.debug("Writing buckets cache file")
    with open(cache_file, "wb") as fp_:
        pickle.dump(metadata, fp_)


def _refresh_buckets_cache_file(cache_file, fetch):
    metadata = fetch()
    _write_buckets_cache_file(metadata, cache_file)
    return metadata


def _init(fetch):
    cache_file = _get_buckets_cache_filename()
    exp = time.time() - S3_CACHE_EXPIRE
    metadata = None
    try:
        if os.path.getmtime(cache_file) > exp:
            metadata = _read_buckets_cache_file(cache_file)
    except OSError:
        pass
    if metadata is None:
        metadata = _refresh_buckets_cache_file(cache_file, fetch)
    return metadata


def update(fetch):
    """Called from the master's fileserver update loop and from event handlers."""
    return _init(fetch)
