# https://github.com/scikit-learn/scikit-learn/pull/19560
# Fixed shape of get_data_home(): no existence pre-test; makedirs(..., exist_ok=True) creates
# the directory or accepts that another worker process created it first.
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from os import environ, makedirs
from os.path import expanduser, join


def data_home_dir(data_home=None):
    if data_home is None:
        data_home = environ.get("SCIKIT_LEARN_DATA", join("~", "scikit_learn_data"))
    data_home = expanduser(data_home)
    makedirs(data_home, exist_ok=True)
    return data_home


def fetch_cached_dataset(args):
    name, data_home = args
    home = data_home_dir(data_home)
    return join(home, name + ".pkz")


def run_workers():
    root = join(tempfile.mkdtemp(), "scikit_learn_data")
    jobs = [("covtype", root), ("20newsgroups", root), ("lfw", root), ("olivetti", root)]
    with ProcessPoolExecutor(max_workers=4) as pool:
        for path in pool.map(fetch_cached_dataset, jobs):
            print(os.path.basename(path))


if __name__ == "__main__":
    run_workers()
