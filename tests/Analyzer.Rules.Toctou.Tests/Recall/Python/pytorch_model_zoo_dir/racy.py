# https://github.com/pytorch/pytorch/pull/16578
# torch.utils.model_zoo.load_url() created its checkpoint directory with an exists() check followed by
# os.makedirs(); when several processes (parallel test runners, one process per GPU) load models at the
# same time, another process creates the directory after the check and makedirs raises FileExistsError.
# Fix: call os.makedirs() directly and ignore the EEXIST error.
import hashlib
import os
import sys
import tempfile
from multiprocessing import Pool
from urllib.parse import urlparse


def _get_torch_home():
    return os.path.expanduser(
        os.getenv("TORCH_HOME", os.path.join(os.getenv("XDG_CACHE_HOME", "~/.cache"), "torch"))
    )


def _download_url_to_file(url, dst, progress=True):
    # stands in for the HTTP download: write a temp file next to dst, then move it into place
    fd, tmp_path = tempfile.mkstemp(dir=os.path.dirname(dst))
    with os.fdopen(fd, "wb") as f:
        f.write(hashlib.sha256(url.encode()).digest())
    os.replace(tmp_path, dst)


def load_url(url, model_dir=None, progress=True):
    if model_dir is None:
        torch_home = _get_torch_home()
        model_dir = os.getenv("TORCH_MODEL_ZOO", os.path.join(torch_home, "models"))
    if not os.path.exists(model_dir):
        os.makedirs(model_dir)  # Noncompliant
    parts = urlparse(url)
    filename = os.path.basename(parts.path)
    cached_file = os.path.join(model_dir, filename)
    sys.stderr.write('Downloading: "{}" to {}\n'.format(url, cached_file))
    _download_url_to_file(url, cached_file, progress=progress)
    return cached_file


def _worker(args):
    url, model_dir = args
    return load_url(url, model_dir=model_dir)


if __name__ == "__main__":
    root = tempfile.mkdtemp()
    shared_dir = os.path.join(root, "hub", "checkpoints")
    with Pool(processes=4) as pool:
        print(pool.map(_worker, [("https://download.example.org/models/resnet18.pth", shared_dir)] * 4))
