# https://github.com/nengo/nengo/issues/557
# DecoderCache.shrink() listed the cache files, then stat'ed and deleted the oldest ones until the
# cache was under its limit. When two processes using Nengo shrank the same cache directory, one
# deleted files the other had just listed, so the other's stat/remove raised OSError (ENOENT).
# Fix: tolerate files that vanished in between (catch the OSError and ignore the missing file).
import os
import sys
import tempfile
from multiprocessing import Process


class DecoderCache:
    def __init__(self, cache_dir):
        self.cache_dir = cache_dir

    def get_files(self):
        return [os.path.join(self.cache_dir, name) for name in os.listdir(self.cache_dir)]

    def shrink(self, limit):
        fileinfo = []
        for path in self.get_files():
            st = os.stat(path)  # Noncompliant
            fileinfo.append((st.st_atime, st.st_size, path))
        fileinfo.sort()

        excess = sum(size for _, size, _ in fileinfo) - limit
        for _, size, path in fileinfo:
            if excess <= 0:
                break
            excess -= size
            os.remove(path)  # Noncompliant


def build_model(cache_dir):
    cache = DecoderCache(cache_dir)
    cache.shrink(limit=1024)


def main(cache_dir):
    for i in range(64):
        with open(os.path.join(cache_dir, "decoder-%02d.npz" % i), "wb") as f:
            f.write(b"\x01" * 256)
    procs = [Process(target=build_model, args=(cache_dir,)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())
