# https://github.com/allenai/allennlp/pull/5227
# cached_path(..., extract_archive=True) tests whether the extraction directory already exists
# and is non-empty BEFORE taking the per-archive FileLock, then under the lock always rmtree()s
# and re-extracts. A process that passed the test while another one was extracting wipes the
# finished directory that the other process (and its readers) are already using.
# Fix (PR #5227): check the directory again after acquiring the lock and return it if present.
import fcntl
import os
import shutil
import tarfile
import tempfile
from concurrent.futures import ProcessPoolExecutor
from zipfile import ZipFile, is_zipfile


class _ArchiveLock:
    """Minimal inter-process lock standing in for filelock.FileLock."""

    def __init__(self, lock_path):
        self._lock_path = lock_path
        self._fd = None

    def __enter__(self):
        self._fd = open(self._lock_path, "a")
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        self._fd.close()
        self._fd = None


def _unpack_into(file_path, target_dir):
    if is_zipfile(file_path):
        with ZipFile(file_path, "r") as zip_file:
            zip_file.extractall(target_dir)
    else:
        with tarfile.open(file_path) as tar_file:
            tar_file.extractall(target_dir)


def extract_cached_archive(file_path, cache_dir, force_extract=False):
    extraction_path = os.path.join(cache_dir, os.path.basename(file_path) + "-extracted")

    # If the extracted directory already exists (and is non-empty), no need to extract again.
    if os.path.isdir(extraction_path) and os.listdir(extraction_path) and not force_extract:
        return extraction_path

    with _ArchiveLock(extraction_path + ".lock"):
        shutil.rmtree(extraction_path, ignore_errors=True)  # Noncompliant
        tmp_extraction_dir = tempfile.mkdtemp(dir=cache_dir)
        try:
            _unpack_into(file_path, tmp_extraction_dir)
            os.replace(tmp_extraction_dir, extraction_path)
        except Exception:
            shutil.rmtree(tmp_extraction_dir, ignore_errors=True)
            raise
    return extraction_path


def _worker(args):
    archive, cache_dir = args
    path = extract_cached_archive(archive, cache_dir)
    return sorted(os.listdir(path))


def main(archive, cache_dir, n_workers=4):
    # Distributed training: every worker process resolves the same archive at startup.
    with ProcessPoolExecutor(max_workers=n_workers) as pool:
        return list(pool.map(_worker, [(archive, cache_dir)] * n_workers))
