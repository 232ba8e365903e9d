# https://github.com/huggingface/datasets/pull/547 (issue https://github.com/huggingface/datasets/issues/543)
# DatasetBuilder.download_and_prepare() returns early if the cache dir already exists, otherwise it
# generates the dataset in "<cache_dir>.incomplete" (os.makedirs) and renames it. Several ranks started by
# torch.distributed.launch all see "missing" and the later makedirs() raises FileExistsError.
# Fix: take a FileLock named after the cache dir around the exists() check and the generation.
import contextlib
import multiprocessing
import os
import shutil


@contextlib.contextmanager
def incomplete_dir(dirname):
    """Create temporary dir for dirname and rename on exit."""
    tmp_dir = dirname + ".incomplete"
    os.makedirs(tmp_dir)  # Noncompliant
    try:
        yield tmp_dir
        if os.path.isdir(dirname):
            shutil.rmtree(dirname)  # Noncompliant
        os.rename(tmp_dir, dirname)
    finally:
        if os.path.exists(tmp_dir):
            shutil.rmtree(tmp_dir)  # Noncompliant


class CsvBuilder:
    def __init__(self, name, data_files, cache_dir_root):
        self.name = name
        self.data_files = data_files
        self._cache_dir_root = cache_dir_root
        self._cache_dir = os.path.join(cache_dir_root, name, "default-0", "0.0.0")

    def _prepare_split(self, out_dir):
        with open(os.path.join(out_dir, "%s-train.arrow" % self.name), "w") as writer:
            for path in self.data_files:
                with open(path) as fh:
                    writer.write(fh.read())

    def download_and_prepare(self, reuse_if_exists=True):
        data_exists = os.path.exists(self._cache_dir)
        if data_exists and reuse_if_exists:
            print("Reusing dataset %s (%s)" % (self.name, self._cache_dir))
            return
        print("Generating dataset %s (%s)" % (self.name, self._cache_dir))
        os.makedirs(os.path.dirname(self._cache_dir), exist_ok=True)
        with incomplete_dir(self._cache_dir) as tmp_data_dir:
            self._prepare_split(tmp_data_dir)


def load_dataset(name, data_files, cache_dir):
    builder = CsvBuilder(name, data_files, cache_dir)
    builder.download_and_prepare()
    return builder._cache_dir


if __name__ == "__main__":
    # one process per GPU rank, all loading the same never-seen-before local files
    ranks = [
        multiprocessing.Process(target=load_dataset, args=("csv", ["file_1.csv", "file_2.csv"], "/tmp/hf_cache"))
        for _ in range(4)
    ]
    for p in ranks:
        p.start()
    for p in ranks:
        p.join()
