# https://github.com/nltk/nltk/pull/3549
# Downloader._download_package() checks the package status (is the .zip present with the right
# size and checksum?) and, when it is not installed, opens the .zip path for writing and streams
# the download into it. Several processes calling nltk.download() at once all see NOT_INSTALLED,
# all truncate and write the same file, and readers see a half-written zip (BadZipFile, issue #3248).
# Fix: the download is claimed with os.open(O_CREAT | O_EXCL) on a lock file, written to a .tmp
# file and published with os.replace(); the other processes wait for the winner.
import os
import shutil
import urllib.request
import zipfile
from multiprocessing import Process

INSTALLED = "installed"
NOT_INSTALLED = "not installed"


class Package:
    def __init__(self, id, url, filename, size):
        self.id = id
        self.url = url
        self.filename = filename
        self.size = size


class Downloader:
    def __init__(self, download_dir):
        self.download_dir = download_dir

    def _pkg_status(self, info, filepath):
        if not os.path.exists(filepath):
            return NOT_INSTALLED
        if os.stat(filepath).st_size != info.size:
            return NOT_INSTALLED
        return INSTALLED

    def _download_package(self, info, force=False):
        filepath = os.path.join(self.download_dir, info.filename)
        if not force and self._pkg_status(info, filepath) == INSTALLED:
            return "up-to-date"
        os.makedirs(os.path.dirname(filepath), exist_ok=True)
        infile = urllib.request.urlopen(info.url)
        with open(filepath, "wb") as outfile:  # Noncompliant
            shutil.copyfileobj(infile, outfile, 1024 * 16)
        infile.close()
        with zipfile.ZipFile(filepath) as zf:
            zf.extractall(os.path.dirname(filepath))
        return "downloaded"


def download_and_run(info):
    Downloader("models")._download_package(info, force=True)


if __name__ == "__main__":
    punkt = Package("punkt_tab", "https://example.org/punkt_tab.zip", "tokenizers/punkt_tab.zip", 4259017)
    procs = [Process(target=download_and_run, args=(punkt,)) for _ in range(10)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
