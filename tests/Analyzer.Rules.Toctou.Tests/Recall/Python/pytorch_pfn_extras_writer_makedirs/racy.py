# https://github.com/pfnet/pytorch-pfn-extras/pull/82
# Writer.initialize() checks whether out_dir exists and creates it if not. When training is
# launched with MPI (e.g. 16 ranks) every rank runs initialize() on the same directory; a
# rank that saw "missing" calls makedirs() after another rank created it -> FileExistsError.
# Fix: drop the pre-check and call makedirs(out_dir, exist_ok=True).
import os
from multiprocessing import Pool


class _PosixFileSystem:
    def exists(self, path):
        return os.path.exists(path)

    def makedirs(self, file_path, mode=0o777, exist_ok=False):
        return os.makedirs(file_path, mode, exist_ok)


class Writer:
    def __init__(self, fs=None):
        self.fs = fs or _PosixFileSystem()
        self._initialized = False
        self.out_dir = None

    def initialize(self, out_dir):
        if not self.fs.exists(out_dir):
            self.fs.makedirs(out_dir)  # Noncompliant
        self.out_dir = out_dir
        self._initialized = True

    def __call__(self, filename, target):
        if not self._initialized:
            raise RuntimeError("writer is not initialized")
        with open(os.path.join(self.out_dir, filename), "w") as f:
            f.write(repr(target))


class SimpleWriter(Writer):
    pass


def rank_main(rank):
    writer = SimpleWriter()
    writer.initialize(out_dir="/tmp/ppe-result")
    writer("snapshot_rank%d" % rank, {"rank": rank})


if __name__ == "__main__":
    with Pool(16) as pool:
        pool.map(rank_main, range(16))
