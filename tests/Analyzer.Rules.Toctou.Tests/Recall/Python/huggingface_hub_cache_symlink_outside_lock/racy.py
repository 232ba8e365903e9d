# https://github.com/huggingface/huggingface_hub/pull/3063
# _hf_hub_download_to_cache_dir() checked os.path.exists(pointer_path) / os.path.exists(blob_path) before taking
# the per-etag file lock, then created the snapshot pointer from the blob without holding the lock, while another
# process/thread holding the lock could be moving the blob or creating the same pointer (copy+rename on filesystems
# without symlinks). The fix moves both checks and the pointer creation inside `with WeakFileLock(lock_path)`.
import os
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor

_locks_guard = threading.Lock()
_locks = {}


class WeakFileLock:
    """Stand-in for the filelock-based lock used by huggingface_hub."""

    def __init__(self, path):
        with _locks_guard:
            self._lock = _locks.setdefault(path, threading.Lock())

    def __enter__(self):
        self._lock.acquire()
        return self

    def __exit__(self, *exc):
        self._lock.release()


def _create_symlink(src, dst, new_blob=False):
    try:
        os.symlink(os.path.relpath(src, os.path.dirname(dst)), dst)
    except OSError:
        shutil.copyfile(src, dst + ".tmp")
        os.replace(dst + ".tmp", dst)
        if new_blob:
            os.remove(src)


def _download_to_tmp_and_move(incomplete_path, destination_path, payload):
    if os.path.exists(destination_path):
        return
    with open(incomplete_path, "wb") as f:
        f.write(payload)
    shutil.move(incomplete_path, destination_path)


def download_to_cache_dir(storage_folder, locks_dir, etag, commit_hash, filename, payload, force_download=False):
    blob_path = os.path.join(storage_folder, "blobs", etag)
    pointer_path = os.path.join(storage_folder, "snapshots", commit_hash, filename)
    os.makedirs(os.path.dirname(blob_path), exist_ok=True)
    os.makedirs(os.path.dirname(pointer_path), exist_ok=True)

    if not force_download:
        if os.path.exists(pointer_path):
            return pointer_path
        if os.path.exists(blob_path):
            _create_symlink(blob_path, pointer_path, new_blob=False)  # Noncompliant # Noncompliant
            return pointer_path

    lock_path = os.path.join(locks_dir, etag + ".lock")
    os.makedirs(locks_dir, exist_ok=True)
    with WeakFileLock(lock_path):
        _download_to_tmp_and_move(blob_path + ".incomplete", blob_path, payload)
        _create_symlink(blob_path, pointer_path, new_blob=True)
    return pointer_path


def snapshot_download(storage_folder, locks_dir, files, max_workers=8):
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = [
            pool.submit(download_to_cache_dir, storage_folder, locks_dir, etag, "abc123", name, data)
            for (etag, name, data) in files
        ]
        return [f.result() for f in futures]
