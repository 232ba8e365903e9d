# https://github.com/huggingface/huggingface_hub/pull/3063
# Fixed version: "does the pointer/blob already exist?" is answered while holding the per-etag WeakFileLock, and
# the pointer is created under that same lock, so no other downloader can move the blob or write the pointer
# between the check and the symlink/copy.
import os
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor

_guard_for_locks = threading.Lock()
_lock_table = {}


class SafeWeakFileLock:
    def __init__(self, path):
        with _guard_for_locks:
            self._lock = _lock_table.setdefault(path, threading.Lock())

    def __enter__(self):
        self._lock.acquire()
        return self

    def __exit__(self, *exc):
        self._lock.release()


def _make_pointer(src, dst, new_blob=False):
    try:
        os.symlink(os.path.relpath(src, os.path.dirname(dst)), dst)
    except OSError:
        shutil.copyfile(src, dst + ".tmp")
        os.replace(dst + ".tmp", dst)
        if new_blob:
            os.remove(src)


def _fetch_then_move(incomplete_path, destination_path, payload):
    if os.path.exists(destination_path):
        return
    with open(incomplete_path, "wb") as f:
        f.write(payload)
    shutil.move(incomplete_path, destination_path)


def download_to_cache_dir_locked(storage_folder, locks_dir, etag, commit_hash, filename, payload, force_download=False):
    blob_path = os.path.join(storage_folder, "blobs", etag)
    pointer_path = os.path.join(storage_folder, "snapshots", commit_hash, filename)
    os.makedirs(os.path.dirname(blob_path), exist_ok=True)
    os.makedirs(os.path.dirname(pointer_path), exist_ok=True)

    lock_path = os.path.join(locks_dir, etag + ".lock")
    os.makedirs(locks_dir, exist_ok=True)
    with SafeWeakFileLock(lock_path):
        if not force_download:
            if os.path.exists(pointer_path):
                return pointer_path
            if os.path.exists(blob_path):
                _make_pointer(blob_path, pointer_path, new_blob=False)
                return pointer_path
        _fetch_then_move(blob_path + ".incomplete", blob_path, payload)
        _make_pointer(blob_path, pointer_path, new_blob=True)
    return pointer_path


def snapshot_download_locked(storage_folder, locks_dir, files, max_workers=8):
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = [
            pool.submit(download_to_cache_dir_locked, storage_folder, locks_dir, etag, "abc123", name, data)
            for (etag, name, data) in files
        ]
        return [f.result() for f in futures]
