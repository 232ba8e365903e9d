# https://github.com/apache/buildstream/pull/1832
# Fixed version: the mirror directory is created with os.makedirs(exist_ok=True), so a
# directory created by a parallel fetch of the same url no longer makes the job fail.
import hashlib
import os
import shutil
import tempfile
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def _sha256_of(filename):
    h = hashlib.sha256()
    with open(filename, "rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def _fetch_to(url, tempdir):
    local_file = os.path.join(tempdir, os.path.basename(url) or "download")
    with urllib.request.urlopen(url) as response, open(local_file, "wb") as dest:
        shutil.copyfileobj(response, dest)
    return local_file


class SafeDownloadableFileSource:
    def __init__(self, url, mirror_root):
        self.url = url
        self._mirror_dir = os.path.join(mirror_root, hashlib.sha1(url.encode()).hexdigest())

    def _mirror_file(self, sha):
        return os.path.join(self._mirror_dir, sha)

    def _ensure_mirror_safe(self):
        with tempfile.TemporaryDirectory() as td:
            local_file = _fetch_to(self.url, td)
            if local_file is None:
                return None

            os.makedirs(self._mirror_dir, exist_ok=True)

            sha256 = _sha256_of(local_file)
            os.rename(local_file, self._mirror_file(sha256))
            return sha256

    def fetch(self):
        return self._ensure_mirror_safe()


def fetch_all_safe(elements_sources, jobs=4):
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(lambda s: s.fetch(), elements_sources))
