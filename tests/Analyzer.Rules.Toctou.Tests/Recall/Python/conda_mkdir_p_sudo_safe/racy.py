# https://github.com/conda/conda/pull/12490 (issue https://github.com/conda/conda/issues/9339)
# mkdir_p_sudo_safe() returns early if isdir(path), recursively creates the parent, then
# calls os.mkdir(path). create_cache_dir() runs it for pkgs/cache from the repodata fetch
# threads and from parallel conda processes; one of them creates the directory after another
# passed the isdir() check -> FileExistsError. Fix: ignore EEXIST when the path is a dir.
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from os.path import dirname, isdir, join

on_win = os.name == "nt"


def mkdir_p_sudo_safe(path):
    if isdir(path):
        return
    base_dir = dirname(path)
    if not isdir(base_dir):
        mkdir_p_sudo_safe(base_dir)
    os.mkdir(path)  # Noncompliant
    if not on_win and os.environ.get("SUDO_UID") is not None:
        uid = int(os.environ["SUDO_UID"])
        gid = int(os.environ.get("SUDO_GID", -1))
        os.chown(path, uid, gid)


class SubdirData:
    def __init__(self, pkgs_dir, channel_url):
        self.pkgs_dir = pkgs_dir
        self.channel_url = channel_url

    def create_cache_dir(self):
        cache_dir = join(self.pkgs_dir, "cache")
        mkdir_p_sudo_safe(cache_dir)
        return cache_dir

    @property
    def cache_path_json(self):
        name = self.channel_url.replace("/", "_").replace(":", "")
        return join(self.create_cache_dir(), name + ".json")

    def load(self):
        with open(self.cache_path_json, "w") as fh:
            fh.write("{}")
        return self


if __name__ == "__main__":
    pkgs = join(tempfile.mkdtemp(), "root", ".conda", "pkgs")
    channels = ["https://conda.anaconda.org/conda-forge/linux-64",
                "https://conda.anaconda.org/conda-forge/noarch",
                "https://repo.anaconda.com/pkgs/main/linux-64",
                "https://repo.anaconda.com/pkgs/main/noarch"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda url: SubdirData(pkgs, url).load(), channels))
