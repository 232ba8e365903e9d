# https://github.com/huggingface/datasets/pull/547 (issue https://github.com/huggingface/datasets/issues/543)
# Fixed version: download_and_prepare() acquires a FileLock at <cache_root>/<cache_dir with os.sep
# replaced by "_">.lock before testing whether the cache dir exists and keeps it while the dataset is
# generated and renamed into place, so other ranks wait and then reuse the finished dataset.
import contextlib
import fcntl
import multiprocessing
import os
import shutil


@contextlib.contextmanager
def FileLock(lock_path):
    """Minimal stand-in for datasets.utils.filelock.FileLock (flock based)."""
    with open(lock_path, "a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def staging_dir(dirname):
    tmp_dir = dirname + ".incomplete"
    os.makedirs(tmp_dir)
    try:
        yield tmp_dir
        if os.path.isdir(dirname):
            shutil.rmtree(dirname)
        os.rename(tmp_dir, dirname)
    finally:
        if os.path.exists(tmp_dir):
            shutil.rmtree(tmp_dir)


class LockedCsvBuilder:
    def __init__(self, name, data_files, cache_dir_root):
        self.name = name
        self.data_files = data_files
        self._cache_dir_root = cache_dir_root
        self._cache_dir = os.path.join(cache_dir_root, name, "default-0", "0.0.0")

    def _write_split(self, out_dir):
        with open(os.path.join(out_dir, "%s-train.arrow" % self.name), "w") as writer:
            for path in self.data_files:
                with open(path) as fh:
                    writer.write(fh.read())

    def prepare(self, reuse_if_exists=True):
        os.makedirs(self._cache_dir_root, exist_ok=True)
        lock_path = os.path.join(self._cache_dir_root, self._cache_dir.replace(os.sep, "_") + ".lock")
        with FileLock(lock_path):
            data_exists = os.path.exists(self._cache_dir)
            if data_exists and reuse_if_exists:
                print("Reusing dataset %s (%s)" % (self.name, self._cache_dir))
                return
            print("Generating dataset %s (%s)" % (self.name, self._cache_dir))
            os.makedirs(os.path.dirname(self._cache_dir), exist_ok=True)
            with staging_dir(self._cache_dir) as tmp_data_dir:
                self._write_split(tmp_data_dir)


def load_dataset_locked(name, data_files, cache_dir):
    builder = LockedCsvBuilder(name, data_files, cache_dir)
    builder.prepare()
    return builder._cache_dir


if __name__ == "__main__":
    ranks = [
        multiprocessing.Process(target=load_dataset_locked, args=("csv", ["file_1.csv", "file_2.csv"], "/tmp/hf_cache"))
        for _ in range(4)
    ]
    for p in ranks:
        p.start()
    for p in ranks:
        p.join()
