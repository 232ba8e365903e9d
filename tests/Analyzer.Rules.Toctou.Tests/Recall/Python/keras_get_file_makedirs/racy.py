# https://github.com/keras-team/keras/issues/10079
# keras.utils.data_utils.get_file() checked os.path.exists(datadir) and then called
# os.makedirs(datadir); with several MPI worker processes another worker could create the
# directory in between and the loser crashed with EEXIST. Keras fixed it with
# _makedirs_exist_ok() (makedirs tolerating EEXIST / exist_ok=True).
import os
import shutil
import tempfile
import urllib.request
from concurrent.futures import ProcessPoolExecutor


def get_file(fname, origin, cache_subdir="datasets", cache_dir=None):
    if cache_dir is None:
        cache_dir = os.path.join(os.path.expanduser("~"), ".keras")
    datadir_base = os.path.expanduser(cache_dir)
    if not os.access(datadir_base, os.W_OK):
        datadir_base = os.path.join(tempfile.gettempdir(), ".keras")
    datadir = os.path.join(datadir_base, cache_subdir)
    if not os.path.exists(datadir):
        os.makedirs(datadir)  # Noncompliant

    fpath = os.path.join(datadir, fname)
    if not os.path.exists(fpath):
        tmp_path = fpath + ".part-%d" % os.getpid()
        with urllib.request.urlopen(origin) as resp, open(tmp_path, "wb") as out:
            shutil.copyfileobj(resp, out)
        os.replace(tmp_path, fpath)
    return fpath


def worker(rank, cache_dir):
    # every MPI rank loads the same dataset at start-up
    return get_file("mnist.npz", "file:///dev/null", cache_dir=cache_dir)


if __name__ == "__main__":
    shared = tempfile.mkdtemp()
    with ProcessPoolExecutor(max_workers=8) as pool:
        print(list(pool.map(worker, range(8), [shared] * 8)))
