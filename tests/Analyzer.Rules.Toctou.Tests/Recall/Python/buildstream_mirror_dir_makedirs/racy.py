# https://github.com/apache/buildstream/pull/1832
# DownloadableFileSource._ensure_mirror() made the url-specific mirror directory only if
# isdir() said it was missing. Two elements fetching the same file are fetched by parallel
# jobs, both pass the isdir() check and the loser's makedirs() raises FileExistsError
# (issue #1831). Fix: makedirs(exist_ok=True); the later os.rename() is already atomic.
import hashlib
import os
import shutil
import tempfile
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def _sha256sum(filename):
    h = hashlib.sha256()
    with open(filename, "rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def _download_file(url, tempdir):
    local_file = os.path.join(tempdir, os.path.basename(url) or "download")
    with urllib.request.urlopen(url) as response, open(local_file, "wb") as dest:
        shutil.copyfileobj(response, dest)
    return local_file


class DownloadableFileSource:
    def __init__(self, url, mirror_root):
        self.url = url
        self._mirror_dir = os.path.join(mirror_root, hashlib.sha1(url.encode()).hexdigest())

    def _get_mirror_file(self, sha):
        return os.path.join(self._mirror_dir, sha)

    def _ensure_mirror(self):
        with tempfile.TemporaryDirectory() as td:
            local_file = _download_file(self.url, td)
            if local_file is None:
                return None

            # Make sure url-specific mirror dir exists.
            if not os.path.isdir(self._mirror_dir):
                os.makedirs(self._mirror_dir)  # Noncompliant

            sha256 = _sha256sum(local_file)
            # Even if the file already exists, move the new file over.
            os.rename(local_file, self._get_mirror_file(sha256))
            return sha256

    def fetch(self):
        return self._ensure_mirror()


def fetch_all(elements_sources, jobs=4):
    # the scheduler runs fetch jobs of different elements in parallel
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(lambda s: s.fetch(), elements_sources))
