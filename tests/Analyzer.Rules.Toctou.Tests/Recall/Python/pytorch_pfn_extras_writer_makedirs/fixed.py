# https://github.com/pfnet/pytorch-pfn-extras/pull/82
# Fixed version: initialize() creates the output directory with exist_ok=True, so
# concurrent ranks creating the same directory no longer fail.
import os
from multiprocessing import Pool


class _LocalFileSystem:
    def exists(self, path):
        return os.path.exists(path)

    def makedirs(self, file_path, mode=0o777, exist_ok=False):
        return os.makedirs(file_path, mode, exist_ok)


class SafeWriter:
    def __init__(self, fs=None):
        self.fs = fs or _LocalFileSystem()
        self._ready = False
        self.out_dir = None

    def initialize(self, out_dir):
        self.fs.makedirs(out_dir, exist_ok=True)
        self.out_dir = out_dir
        self._ready = True

    def __call__(self, filename, target):
        if not self._ready:
            raise RuntimeError("writer is not initialized")
        with open(os.path.join(self.out_dir, filename), "w") as f:
            f.write(repr(target))


class SafeSimpleWriter(SafeWriter):
    pass


def run_rank(rank):
    writer = SafeSimpleWriter()
    writer.initialize(out_dir="/tmp/ppe-result")
    writer("snapshot_rank%d" % rank, {"rank": rank})


if __name__ == "__main__":
    with Pool(16) as pool:
        pool.map(run_rank, range(16))
