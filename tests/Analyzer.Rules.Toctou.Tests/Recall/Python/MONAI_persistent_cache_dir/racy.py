# https://github.com/Project-MONAI/MONAI/pull/2375
# PersistentDataset.__init__ tested cache_dir.exists() and then called cache_dir.mkdir(parents=True); when several
# processes (DDP ranks, multiprocess tests) build the dataset on the same not-yet-existing cache directory, the
# slower one gets FileExistsError from mkdir and fails (MONAI#2374).
# Fix: keep the test but call mkdir(parents=True, exist_ok=True), accepting a directory created meanwhile.
import hashlib
import json
import shutil
import tempfile
from multiprocessing import Process, Queue
from pathlib import Path


def pickle_hashing(item):
    return hashlib.md5(json.dumps(item, sort_keys=True).encode("utf-8")).hexdigest().encode("utf-8")


class Dataset(object):
    def __init__(self, data, transform=None):
        self.data = data
        self.transform = transform

    def __len__(self):
        return len(self.data)


class PersistentDataset(Dataset):
    """Caches the deterministic part of the transforms as one file per item under cache_dir."""

    def __init__(self, data, transform, cache_dir, hash_func=pickle_hashing):
        super(PersistentDataset, self).__init__(data=data, transform=transform)
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.hash_func = hash_func
        if self.cache_dir is not None:
            if not self.cache_dir.exists():
                self.cache_dir.mkdir(parents=True)  # Noncompliant
            if not self.cache_dir.is_dir():
                raise ValueError("cache_dir must be a directory.")

    def _cachecheck(self, item):
        # the real method stores transform(item) as <cache_dir>/<hash>.pt; file handling omitted here
        self.hash_func(item)
        return self.transform(item)

    def __getitem__(self, index):
        return self._cachecheck(self.data[index])


def train_rank(cache_dir, errors):
    # every DDP rank / test process constructs the dataset on the shared cache directory
    try:
        ds = PersistentDataset([{"img": i} for i in range(4)], transform=lambda x: x["img"] * 2, cache_dir=cache_dir)
        [ds[i] for i in range(len(ds))]
    except OSError as exc:
        errors.put(repr(exc))


if __name__ == "__main__":
    root = tempfile.mkdtemp()
    cache_dir = str(Path(root) / "test" / "cache")
    errors = Queue()
    ranks = [Process(target=train_rank, args=(cache_dir, errors)) for _ in range(8)]
    for p in ranks:
        p.start()
    for p in ranks:
        p.join()
    while not errors.empty():
        print("rank failed:", errors.get())
    shutil.rmtree(root)
