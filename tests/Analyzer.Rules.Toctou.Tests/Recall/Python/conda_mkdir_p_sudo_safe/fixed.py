# https://github.com/conda/conda/pull/12490 (issue https://github.com/conda/conda/issues/9339)
# Fixed version: the os.mkdir() call is wrapped in try/except OSError and an EEXIST error
# for a path that is (now) a directory is ignored, so a directory created by another thread
# or conda process in the meantime no longer aborts the command.
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from errno import EEXIST
from os.path import dirname, isdir, join

on_windows = os.name == "nt"


def make_dirs_sudo_safe(path):
    if isdir(path):
        return
    base_dir = dirname(path)
    if not isdir(base_dir):
        make_dirs_sudo_safe(base_dir)
    try:
        os.mkdir(path)
    except OSError as e:
        if not (e.errno == EEXIST and isdir(path)):
            raise
    if not on_windows and os.environ.get("SUDO_UID") is not None:
        uid = int(os.environ["SUDO_UID"])
        gid = int(os.environ.get("SUDO_GID", -1))
        os.chown(path, uid, gid)


class RepodataCache:
    def __init__(self, pkgs_dir, channel_url):
        self.pkgs_dir = pkgs_dir
        self.channel_url = channel_url

    def ensure_cache_dir(self):
        cache_dir = join(self.pkgs_dir, "cache")
        make_dirs_sudo_safe(cache_dir)
        return cache_dir

    @property
    def json_path(self):
        name = self.channel_url.replace("/", "_").replace(":", "")
        return join(self.ensure_cache_dir(), name + ".json")

    def fetch(self):
        with open(self.json_path, "w") as fh:
            fh.write("{}")
        return self


if __name__ == "__main__":
    pkgs_root = join(tempfile.mkdtemp(), "root", ".conda", "pkgs")
    urls = ["https://conda.anaconda.org/conda-forge/linux-64",
            "https://conda.anaconda.org/conda-forge/noarch",
            "https://repo.anaconda.com/pkgs/main/linux-64",
            "https://repo.anaconda.com/pkgs/main/noarch"]
    with ThreadPoolExecutor(max_workers=4) as executor:
        list(executor.map(lambda u: RepodataCache(pkgs_root, u).fetch(), urls))
