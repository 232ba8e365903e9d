# https://github.com/keras-team/keras/issues/10079
# Fixed shape: get_file() no longer checks-then-creates the cache directory; it calls
# _makedirs_exist_ok(), which swallows EEXIST (Python 2) or passes exist_ok=True, so a
# directory created by another worker process is simply accepted.
import errno
import os
import shutil
import sys
import tempfile
import urllib.request
from concurrent.futures import ProcessPoolExecutor


def _makedirs_exist_ok(datadir):
    if sys.version_info[0] == 2:
        try:
            os.makedirs(datadir)
        except OSError as e:
            if e.errno != errno.EEXIST:
                raise
    else:
        os.makedirs(datadir, exist_ok=True)


def fetch_cached_file(fname, origin, cache_subdir="datasets", cache_dir=None):
    if cache_dir is None:
        cache_dir = os.path.join(os.path.expanduser("~"), ".keras")
    datadir_base = os.path.expanduser(cache_dir)
    if not os.access(datadir_base, os.W_OK):
        datadir_base = os.path.join(tempfile.gettempdir(), ".keras")
    datadir = os.path.join(datadir_base, cache_subdir)
    _makedirs_exist_ok(datadir)

    fpath = os.path.join(datadir, fname)
    if not os.path.exists(fpath):
        tmp_path = fpath + ".part-%d" % os.getpid()
        with urllib.request.urlopen(origin) as resp, open(tmp_path, "wb") as out:
            shutil.copyfileobj(resp, out)
        os.replace(tmp_path, fpath)
    return fpath


def rank_worker(rank, cache_dir):
    return fetch_cached_file("mnist.npz", "file:///dev/null", cache_dir=cache_dir)


if __name__ == "__main__":
    shared = tempfile.mkdtemp()
    with ProcessPoolExecutor(max_workers=8) as pool:
        print(list(pool.map(rank_worker, range(8), [shared] * 8)))
