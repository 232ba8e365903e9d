# https://github.com/vaexio/vaex/pull/995
# Fixed: os.makedirs(..., exist_ok=True) creates the directory or accepts that another process already did.
import multiprocessing
import os


def resolve_vaex_dir(subdir=None, *extra):
    path = os.path.expanduser("~/.vaex")
    if subdir:
        path = os.path.join(path, subdir, *extra)
    os.makedirs(path, exist_ok=True)
    return path


def pool_import(_):
    return resolve_vaex_dir("data")


if __name__ == "__main__":
    with multiprocessing.Pool(8) as pool:
        print(pool.map(pool_import, range(8)))
