# https://github.com/hakanardo/vi3o/issues/19 (fix: https://github.com/hakanardo/vi3o/pull/20)
# Fixed: the cache folder is created unconditionally and an OSError raised because
# another process created it first is ignored (ask forgiveness, not permission).
import hashlib
import multiprocessing
import os

index_cache_dir = os.path.join(os.path.expanduser("~"), ".cache", "vi3o")


def index_path_for(fn, extradata=None):
    stats = os.stat(fn)
    key = str((os.path.abspath(fn), stats.st_size, stats.st_mtime, extradata))
    key = hashlib.md5(key.encode()).hexdigest()
    path = os.path.join(index_cache_dir, key + ".idx")
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder)
    except OSError:
        pass
    return path


def load_video(fn):
    return index_path_for(fn)


if __name__ == "__main__":
    clips = ["cam1.mkv", "cam2.mkv", "cam3.mkv", "cam4.mkv"]
    with multiprocessing.Pool(4) as workers:
        workers.map(load_video, clips)
