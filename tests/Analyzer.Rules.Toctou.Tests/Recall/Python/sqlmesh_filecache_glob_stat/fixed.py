# https://github.com/SQLMesh/sqlmesh/pull/5740
# Fixed version: the stat()/unlink() of each globbed entry is wrapped in try/except FileNotFoundError, so an entry
# removed by a concurrent FileCache between glob() and stat() is skipped instead of failing Context creation.
import gzip
import pickle
import threading
import time
from pathlib import Path

SAFE_CACHE_VERSION = "0_227_26_1_70"


class SafeFileCache:
    def __init__(self, path: Path, prefix=None):
        self._path = path / prefix if prefix else path
        self._cache_version = SAFE_CACHE_VERSION
        threshold = time.time() - 7 * 24 * 3600
        for file in self._path.glob("*"):
            try:
                stat_result = file.stat()
                if not file.stem.startswith(self._cache_version) or stat_result.st_atime < threshold:
                    file.unlink(missing_ok=True)
            except FileNotFoundError:
                continue

    def _entry_path(self, name, entry_id=""):
        return self._path / "__".join(p for p in (self._cache_version, name, entry_id) if p)

    def get(self, name, entry_id=""):
        entry = self._entry_path(name, entry_id)
        try:
            with gzip.open(entry, "rb") as fd:
                return pickle.load(fd)
        except Exception:
            return None

    def put(self, name, entry_id="", *, value):
        self._path.mkdir(parents=True, exist_ok=True)
        with gzip.open(self._entry_path(name, entry_id), "wb", compresslevel=1) as fd:
            pickle.dump(value, fd)


class SafeOptimizedQueryCache:
    def __init__(self, cache_dir: Path):
        self._file_cache = SafeFileCache(cache_dir, prefix="optimized_query")


def safe_airflow_task(cache_dir: Path):
    SafeOptimizedQueryCache(cache_dir)


if __name__ == "__main__":
    root = Path("/tmp/sqlmesh_cache_demo_safe")
    (root / "optimized_query").mkdir(parents=True, exist_ok=True)
    for i in range(50):
        (root / "optimized_query" / ("old_version__m%d" % i)).write_bytes(b"x")
    workers = [threading.Thread(target=safe_airflow_task, args=(root,)) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
