# https://github.com/Physical-Intelligence/openpi/pull/846
# Fixed shape: after acquiring the per-file FileLock, maybe_download() checks
# local_path.exists() again and only downloads when it is still missing, so callers that
# waited on the lock reuse the file the first caller just downloaded.
import fcntl
import os
import pathlib
import shutil
import tempfile
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

CACHE_ROOT = pathlib.Path(tempfile.gettempdir()) / "openpi-cache-fixed"


class InterProcessFileLock:
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


def _fetch_remote(url, local_path):
    print("Downloading", url, "to", local_path)
    time.sleep(0.2)
    local_path.write_bytes(b"params")


def download_once(url):
    parsed = urllib.parse.urlparse(url)
    local_path = (CACHE_ROOT / parsed.netloc / parsed.path.strip("/")).resolve()
    local_path.parent.mkdir(parents=True, exist_ok=True)
    if local_path.exists():
        return local_path

    lock_path = local_path.with_suffix(".lock")
    with InterProcessFileLock(lock_path):
        if not local_path.exists():
            scratch_path = local_path.with_suffix(".partial")
            _fetch_remote(url, scratch_path)
            shutil.move(scratch_path, local_path)
    return local_path


if __name__ == "__main__":
    url = "gs://openpi-assets/checkpoints/pi05_droid/params/ocdbt.process_0/d/b862fdd0"
    with ThreadPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(download_once, url) for _ in range(2)]
        for f in futures:
            print(f.result())
