# https://github.com/python/mypy/pull/16642 (race reported in https://github.com/python/mypy/issues/16630)
# Fixed version: no existence check; makedirs accepts a directory that already exists.
import os


def write_cache_file_safely(cache_dir, relative_path, data):
    path = os.path.join(cache_dir, relative_path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(data)
    os.replace(tmp, path)
