# https://github.com/hakanardo/vi3o/issues/19 (fix: https://github.com/hakanardo/vi3o/pull/20)
# vi3o stores frame index files under ~/.cache/vi3o and index_file() made sure that
# folder existed by checking for it first and then creating it. When several vi3o
# processes open videos at the same time, two of them can see the folder missing and
# the slower os.makedirs() fails because the other process just created it. The fix
# just calls os.makedirs() and ignores the "already exists" OSError.
import hashlib
import multiprocessing
import os

cache_dir = os.path.join(os.path.expanduser("~"), ".cache", "vi3o")


def index_file(fn, extradata=None):
    stats = os.stat(fn)
    key = str((os.path.abspath(fn), stats.st_size, stats.st_mtime, extradata))
    key = hashlib.md5(key.encode()).hexdigest()
    path = os.path.join(cache_dir, key + ".idx")
    d = os.path.dirname(path)
    if not os.path.exists(d):
        os.makedirs(d)  # Noncompliant
    return path


def open_video(fn):
    return index_file(fn)


if __name__ == "__main__":
    videos = ["cam1.mkv", "cam2.mkv", "cam3.mkv", "cam4.mkv"]
    with multiprocessing.Pool(4) as pool:
        pool.map(open_video, videos)
