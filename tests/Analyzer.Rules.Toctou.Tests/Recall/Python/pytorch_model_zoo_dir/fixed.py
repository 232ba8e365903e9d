# https://github.com/pytorch/pytorch/pull/16578
# Fixed version: no existence pre-check; os.makedirs() is attempted directly and an OSError with
# errno EEXIST (created meanwhile by another process) is ignored.
import errno
import hashlib
import os
import sys
import tempfile
from multiprocessing import Pool
from urllib.parse import urlparse


def _torch_home_dir():
    return os.path.expanduser(
        os.getenv("TORCH_HOME", os.path.join(os.getenv("XDG_CACHE_HOME", "~/.cache"), "torch"))
    )


def _fetch_url_to_file(url, dst, progress=True):
    # stands in for the HTTP download: write a temp file next to dst, then move it into place
    fd, tmp_path = tempfile.mkstemp(dir=os.path.dirname(dst))
    with os.fdopen(fd, "wb") as f:
        f.write(hashlib.sha256(url.encode()).digest())
    os.replace(tmp_path, dst)


def load_state_dict_from_url(url, model_dir=None, progress=True):
    if model_dir is None:
        torch_home = _torch_home_dir()
        model_dir = os.getenv("TORCH_MODEL_ZOO", os.path.join(torch_home, "models"))

    try:
        os.makedirs(model_dir)
    except OSError as e:
        if e.errno == errno.EEXIST:
            # Directory already exists, ignore.
            pass
        else:
            # Unexpected OSError, re-raise.
            raise

    parts = urlparse(url)
    filename = os.path.basename(parts.path)
    cached_file = os.path.join(model_dir, filename)
    sys.stderr.write('Downloading: "{}" to {}\n'.format(url, cached_file))
    _fetch_url_to_file(url, cached_file, progress=progress)
    return cached_file


def _pool_job(args):
    url, model_dir = args
    return load_state_dict_from_url(url, model_dir=model_dir)


if __name__ == "__main__":
    root = tempfile.mkdtemp()
    shared_dir = os.path.join(root, "hub", "checkpoints")
    with Pool(processes=4) as pool:
        print(pool.map(_pool_job, [("https://download.example.org/models/resnet18.pth", shared_dir)] * 4))
