# https://github.com/borgbackup/borg/issues/5439
# get_cache_dir() tested os.path.exists(cache_dir) and then called os.makedirs(cache_dir); when several
# borg processes (or threads of a binding) start together, another one creates the directory in between
# and makedirs raises FileExistsError. Fixed by ensure_dir(), which calls os.makedirs(..., exist_ok=True).
import os
import threading

CACHE_TAG_NAME = "CACHEDIR.TAG"


def get_base_dir():
    return os.environ.get("BORG_BASE_DIR") or os.environ.get("HOME") or os.path.expanduser("~")


def get_cache_dir():
    cache_home = os.path.join(get_base_dir(), ".cache")
    if not os.environ.get("BORG_BASE_DIR"):
        cache_home = os.environ.get("XDG_CACHE_HOME", cache_home)
    cache_dir = os.environ.get("BORG_CACHE_DIR", os.path.join(cache_home, "borg"))
    if not os.path.exists(cache_dir):
        os.makedirs(cache_dir)  # Noncompliant
    return cache_dir


def cache_dir_for(repository_id, path=None):
    return path or os.path.join(get_cache_dir(), repository_id)


class SecurityManager:
    def __init__(self, repository_id):
        self.repository_id = repository_id
        self.dir = cache_dir_for(repository_id)


def run_many(repo_ids):
    threads = [threading.Thread(target=SecurityManager, args=(rid,)) for rid in repo_ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    run_many(["repo%d" % i for i in range(8)])
