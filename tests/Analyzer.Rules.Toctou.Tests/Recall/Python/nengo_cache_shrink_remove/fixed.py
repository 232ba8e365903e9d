# https://github.com/nengo/nengo/issues/557
# Fixed version: every stat/remove of a cache file accepts that another process may already have
# deleted it; a missing file is skipped instead of aborting the simulator build.
import errno
import os
import sys
import tempfile
from multiprocessing import Process


class TolerantDecoderCache:
    def __init__(self, cache_dir):
        self.cache_dir = cache_dir

    def list_files(self):
        return [os.path.join(self.cache_dir, name) for name in os.listdir(self.cache_dir)]

    def shrink_tolerant(self, limit):
        fileinfo = []
        for path in self.list_files():
            try:
                st = os.stat(path)
            except OSError as e:
                if e.errno != errno.ENOENT:
                    raise
                continue
            fileinfo.append((st.st_atime, st.st_size, path))
        fileinfo.sort()

        excess = sum(size for _, size, _ in fileinfo) - limit
        for _, size, path in fileinfo:
            if excess <= 0:
                break
            excess -= size
            try:
                os.remove(path)
            except OSError as e:
                if e.errno != errno.ENOENT:
                    raise


def build_model_tolerant(cache_dir):
    TolerantDecoderCache(cache_dir).shrink_tolerant(limit=1024)


def tolerant_main(cache_dir):
    for i in range(64):
        with open(os.path.join(cache_dir, "decoder-%02d.npz" % i), "wb") as f:
            f.write(b"\x01" * 256)
    procs = [Process(target=build_model_tolerant, args=(cache_dir,)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()


if __name__ == "__main__":
    tolerant_main(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())
