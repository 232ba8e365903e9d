# https://github.com/borgbackup/borg/issues/5439
# Fixed version: the directory is created with a single os.makedirs(..., exist_ok=True) call inside
# ensure_dir(), so a directory made by a parallel borg process is simply accepted.
import os
import stat
import threading


class BorgError(Exception):
    pass


def ensure_dir(path, mode=stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO, pretty_deadly=True):
    try:
        os.makedirs(path, mode=mode, exist_ok=True)
    except OSError as e:
        if pretty_deadly:
            raise BorgError(str(e))
        raise


def base_dir_safe():
    return os.environ.get("BORG_BASE_DIR") or os.environ.get("HOME") or os.path.expanduser("~")


def cache_dir_safe():
    cache_home = os.path.join(base_dir_safe(), ".cache")
    if not os.environ.get("BORG_BASE_DIR"):
        cache_home = os.environ.get("XDG_CACHE_HOME", cache_home)
    cache_dir = os.environ.get("BORG_CACHE_DIR", os.path.join(cache_home, "borg"))
    ensure_dir(cache_dir)
    return cache_dir


def repo_cache_dir_safe(repository_id, path=None):
    return path or os.path.join(cache_dir_safe(), repository_id)


class SafeSecurityManager:
    def __init__(self, repository_id):
        self.repository_id = repository_id
        self.dir = repo_cache_dir_safe(repository_id)


def run_many_safe(repo_ids):
    threads = [threading.Thread(target=SafeSecurityManager, args=(rid,)) for rid in repo_ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    run_many_safe(["repo%d" % i for i in range(8)])
