# https://github.com/nltk/nltk/pull/3549
# Fixed version: the process that creates the lock file with O_CREAT | O_EXCL owns the download;
# it re-checks the status, writes to a .tmp file and publishes it with os.replace(). Processes
# that lose the O_EXCL create wait until the lock disappears (or is older than 60 s, zombie
# recovery) and then use the published file.
import os
import shutil
import time
import urllib.request
import zipfile
from multiprocessing import Process

PKG_INSTALLED = "installed"
PKG_NOT_INSTALLED = "not installed"
LOCK_TIMEOUT = 60


class PackageInfo:
    def __init__(self, id, url, filename, size):
        self.id = id
        self.url = url
        self.filename = filename
        self.size = size


class AtomicDownloader:
    def __init__(self, download_dir):
        self.download_dir = download_dir

    def _status(self, info, filepath):
        if not os.path.exists(filepath):
            return PKG_NOT_INSTALLED
        if os.stat(filepath).st_size != info.size:
            return PKG_NOT_INSTALLED
        return PKG_INSTALLED

    def _wait_for_other_download(self, lock_path):
        while os.path.exists(lock_path):
            try:
                if time.time() - os.stat(lock_path).st_mtime > LOCK_TIMEOUT:
                    os.remove(lock_path)  # the leader died; let a sibling take over
                    return False
            except FileNotFoundError:
                break
            time.sleep(0.5)
        return True

    def download_package(self, info, force=False):
        filepath = os.path.join(self.download_dir, info.filename)
        lock_path = filepath + ".lock"
        tmp_path = filepath + ".tmp"
        os.makedirs(os.path.dirname(filepath), exist_ok=True)
        while True:
            try:
                fd = os.open(lock_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                if self._wait_for_other_download(lock_path):
                    return "downloaded by another process"
                continue
            try:
                if not force and self._status(info, filepath) == PKG_INSTALLED:
                    return "up-to-date"
                infile = urllib.request.urlopen(info.url)
                with open(tmp_path, "wb") as outfile:
                    shutil.copyfileobj(infile, outfile, 1024 * 16)
                infile.close()
                os.replace(tmp_path, filepath)
                with zipfile.ZipFile(filepath) as zf:
                    zf.extractall(os.path.dirname(filepath))
                return "downloaded"
            finally:
                os.close(fd)
                os.remove(lock_path)


def download_worker(info):
    AtomicDownloader("models").download_package(info, force=True)


if __name__ == "__main__":
    punkt = PackageInfo("punkt_tab", "https://example.org/punkt_tab.zip", "tokenizers/punkt_tab.zip", 4259017)
    workers = [Process(target=download_worker, args=(punkt,)) for _ in range(10)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
