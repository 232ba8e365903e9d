# https://github.com/SQLMesh/sqlmesh/pull/5740
# FileCache.__init__() lists the cache folder with glob("*") and then calls file.stat() on every entry to decide
# whether it is stale and must be unlinked. With a persistent cache shared by several workers (Airflow tasks), another
# FileCache deletes the same stale entry between glob() and stat(), and stat() raises FileNotFoundError so the
# Context cannot be created. Fixed by tolerating the race: catch FileNotFoundError and skip the entry.
import gzip
import pickle
import threading
import time
from pathlib import Path

CACHE_VERSION = "0_227_26_1_70"


class FileCache:
    def __init__(self, path: Path, prefix=None):
        self._path = path / prefix if prefix else path
        self._cache_version = CACHE_VERSION
        threshold = time.time() - 7 * 24 * 3600
        for file in self._path.glob("*"):
            stat_result = file.stat()  # Noncompliant
            if not file.stem.startswith(self._cache_version) or stat_result.st_atime < threshold:
                file.unlink(missing_ok=True)

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


class OptimizedQueryCache:
    def __init__(self, cache_dir: Path):
        self._file_cache = FileCache(cache_dir, prefix="optimized_query")


def airflow_task(cache_dir: Path):
    OptimizedQueryCache(cache_dir)


if __name__ == "__main__":
    root = Path("/tmp/sqlmesh_cache_demo")
    (root / "optimized_query").mkdir(parents=True, exist_ok=True)
    for i in range(50):
        (root / "optimized_query" / ("old_version__m%d" % i)).write_bytes(b"x")
    workers = [threading.Thread(target=airflow_task, args=(root,)) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
