# https://github.com/scikit-learn/scikit-learn/pull/19560
# sklearn.datasets.get_data_home() tested exists(data_home) and then called makedirs(data_home);
# pytest-xdist workers (separate processes) fetching datasets at the same moment all saw the
# directory missing and every worker but the first failed with FileExistsError.
# Fix: drop the pre-test and call makedirs(data_home, exist_ok=True).
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from os import environ, makedirs
from os.path import exists, expanduser, join


def get_data_home(data_home=None):
    if data_home is None:
        data_home = environ.get("SCIKIT_LEARN_DATA", join("~", "scikit_learn_data"))
    data_home = expanduser(data_home)
    if not exists(data_home):
        makedirs(data_home)  # Noncompliant
    return data_home


def fetch_dataset(args):
    name, data_home = args
    home = get_data_home(data_home)
    return join(home, name + ".pkz")


def main():
    root = join(tempfile.mkdtemp(), "scikit_learn_data")
    jobs = [("covtype", root), ("20newsgroups", root), ("lfw", root), ("olivetti", root)]
    with ProcessPoolExecutor(max_workers=4) as pool:
        for path in pool.map(fetch_dataset, jobs):
            print(os.path.basename(path))


if __name__ == "__main__":
    main()
