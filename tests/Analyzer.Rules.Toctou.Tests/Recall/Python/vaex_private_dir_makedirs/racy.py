# https://github.com/vaexio/vaex/pull/995
# vaex.utils.get_private_dir() tested os.path.exists(path) and only then called
# os.makedirs(path). When vaex is imported by several gunicorn workers or
# multiprocessing children at the same time, another process can create
# ~/.vaex/<subdir> between the test and makedirs, so the import crashes with
# FileExistsError. Fix: drop the test and call os.makedirs(path, exist_ok=True).
import multiprocessing
import os


def get_private_dir(subdir=None, *extra):
    path = os.path.expanduser("~/.vaex")
    if subdir:
        path = os.path.join(path, subdir, *extra)
    if not os.path.exists(path):
        os.makedirs(path)  # Noncompliant
    return path


def worker_import(_):
    # every worker resolves the data dir while importing vaex.datasets
    return get_private_dir("data")


if __name__ == "__main__":
    with multiprocessing.Pool(8) as pool:
        print(pool.map(worker_import, range(8)))
