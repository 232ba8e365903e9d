# https://github.com/python/mypy/pull/16642 (race reported in https://github.com/python/mypy/issues/16630)
# mypy created output directories with an os.path.exists check followed by os.makedirs; a directory created by
# another process in between made makedirs raise. The fix replaced those checks with os.makedirs(..., exist_ok=True).
# The function below has the shape of those call sites (writing a file under the cache directory).
import os


def write_cache_file(cache_dir, relative_path, data):
    path = os.path.join(cache_dir, relative_path)
    parent = os.path.dirname(path)
    if not os.path.exists(parent):
        os.makedirs(parent)  # Noncompliant [TOCTOU004]
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(data)
    os.replace(tmp, path)
