# https://github.com/Project-MONAI/MONAI/pull/2375
# Fixed version: the directory is created with exist_ok=True, so a cache directory created by another process
# between the exists() test and mkdir() is accepted instead of raising FileExistsError.
import hashlib
import json
import shutil
import tempfile
from multiprocessing import Process, Queue
from pathlib import Path


def md5_item_hash(item):
    return hashlib.md5(json.dumps(item, sort_keys=True).encode("utf-8")).hexdigest().encode("utf-8")


class BaseDataset(object):
    def __init__(self, data, transform=None):
        self.data = data
        self.transform = transform

    def __len__(self):
        return len(self.data)


class DiskCachedDataset(BaseDataset):
    def __init__(self, data, transform, cache_dir, hash_func=md5_item_hash):
        super(DiskCachedDataset, self).__init__(data=data, transform=transform)
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.hash_func = hash_func
        if self.cache_dir is not None:
            if not self.cache_dir.exists():
                self.cache_dir.mkdir(parents=True, exist_ok=True)
            if not self.cache_dir.is_dir():
                raise ValueError("cache_dir must be a directory.")

    def _load_or_compute(self, item):
        self.hash_func(item)
        return self.transform(item)

    def __getitem__(self, index):
        return self._load_or_compute(self.data[index])


def ddp_worker(cache_dir, failures):
    try:
        ds = DiskCachedDataset([{"img": i} for i in range(4)], transform=lambda x: x["img"] * 2, cache_dir=cache_dir)
        [ds[i] for i in range(len(ds))]
    except OSError as exc:
        failures.put(repr(exc))


if __name__ == "__main__":
    tmp = tempfile.mkdtemp()
    shared_cache = str(Path(tmp) / "test" / "cache")
    failures = Queue()
    workers = [Process(target=ddp_worker, args=(shared_cache, failures)) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    while not failures.empty():
        print("rank failed:", failures.get())
    shutil.rmtree(tmp)
