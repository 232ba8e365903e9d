# https://github.com/Physical-Intelligence/openpi/pull/846
# openpi.shared.download.maybe_download() checked local_path.exists() before taking the
# per-file FileLock and did not check again after acquiring it. Threads/processes that all
# missed the cache queued on the lock and each downloaded the same checkpoint again (and
# replaced files other workers were already reading). Fix: re-check existence under the lock.
import fcntl
import os
import pathlib
import shutil
import tempfile
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

CACHE_DIR = pathlib.Path(tempfile.gettempdir()) / "openpi-cache"


class FileLock:
    """Minimal stand-in for filelock.FileLock (flock on a side file)."""

    def __init__(self, path):
        self.path = str(path)
        self.fd = None

    def __enter__(self):
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)


def _download_fsspec(url, local_path):
    print("Downloading", url, "to", local_path)
    time.sleep(0.2)  # gs:// transfer of a multi-GB checkpoint
    local_path.write_bytes(b"params")


def maybe_download(url):
    parsed = urllib.parse.urlparse(url)
    local_path = (CACHE_DIR / parsed.netloc / parsed.path.strip("/")).resolve()
    local_path.parent.mkdir(parents=True, exist_ok=True)
    if local_path.exists():
        return local_path

    lock_path = local_path.with_suffix(".lock")
    with FileLock(lock_path):
        scratch_path = local_path.with_suffix(".partial")
        _download_fsspec(url, scratch_path)
        shutil.move(scratch_path, local_path)  # Noncompliant
    return local_path


if __name__ == "__main__":
    url = "gs://openpi-assets/checkpoints/pi05_droid/params/ocdbt.process_0/d/b862fdd0"
    with ThreadPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(maybe_download, url) for _ in range(2)]
        for f in futures:
            print(f.result())
