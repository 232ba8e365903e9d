# https://github.com/allenai/allennlp/pull/5227
# Fixed version: the fast-path existence test stays outside the lock, but the directory is
# tested again after the FileLock is acquired, so a process that waited on the lock returns
# the directory extracted by the winner instead of deleting and re-extracting it.
import fcntl
import os
import shutil
import tarfile
import tempfile
from concurrent.futures import ProcessPoolExecutor
from zipfile import ZipFile, is_zipfile


class _ExtractionLock:
    """Minimal inter-process lock standing in for filelock.FileLock."""

    def __init__(self, lock_path):
        self._lock_path = lock_path
        self._handle = None

    def __enter__(self):
        self._handle = open(self._lock_path, "a")
        fcntl.flock(self._handle, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        fcntl.flock(self._handle, fcntl.LOCK_UN)
        self._handle.close()
        self._handle = None


def _extract_archive_to(file_path, target_dir):
    if is_zipfile(file_path):
        with ZipFile(file_path, "r") as zip_file:
            zip_file.extractall(target_dir)
    else:
        with tarfile.open(file_path) as tar_file:
            tar_file.extractall(target_dir)


def extract_cached_archive_rechecked(file_path, cache_dir, force_extract=False):
    extraction_path = os.path.join(cache_dir, os.path.basename(file_path) + "-extracted")

    if os.path.isdir(extraction_path) and os.listdir(extraction_path) and not force_extract:
        return extraction_path

    with _ExtractionLock(extraction_path + ".lock"):
        # Check again if the directory exists now that we've acquired the lock.
        if os.path.isdir(extraction_path) and os.listdir(extraction_path):
            if not force_extract:
                return extraction_path
        shutil.rmtree(extraction_path, ignore_errors=True)
        tmp_extraction_dir = tempfile.mkdtemp(dir=cache_dir)
        try:
            _extract_archive_to(file_path, tmp_extraction_dir)
            os.replace(tmp_extraction_dir, extraction_path)
        except Exception:
            shutil.rmtree(tmp_extraction_dir, ignore_errors=True)
            raise
    return extraction_path


def _resolve_in_worker(args):
    archive, cache_dir = args
    path = extract_cached_archive_rechecked(archive, cache_dir)
    return sorted(os.listdir(path))


def run_workers(archive, cache_dir, n_workers=4):
    with ProcessPoolExecutor(max_workers=n_workers) as pool:
        return list(pool.map(_resolve_in_worker, [(archive, cache_dir)] * n_workers))
