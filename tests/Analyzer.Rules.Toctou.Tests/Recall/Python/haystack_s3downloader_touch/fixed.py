# https://github.com/deepset-ai/haystack-core-integrations/pull/3327
# Fixed version: the cached file's timestamp is refreshed with os.utime(), which only updates an
# existing file and never creates an empty one; if the file vanished meanwhile it is downloaded again.
import os
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


class S3StorageStub:
    def download(self, key: str, local_file_path: Path) -> None:
        local_file_path.write_bytes(b"...")


class SafeS3Downloader:
    def __init__(self, file_root_path: str, max_workers: int = 32, max_cache_size: int = 100):
        self.file_root_path = Path(file_root_path)
        self.max_workers = max_workers
        self.max_cache_size = max_cache_size
        self._storage = S3StorageStub()

    def execute(self, documents: list) -> dict:
        self.file_root_path.mkdir(parents=True, exist_ok=True)
        try:
            with ThreadPoolExecutor(max_workers=self.max_workers) as executor:
                results = list(executor.map(self._fetch_one, documents))
        finally:
            self._evict(documents)
        return {"documents": [d for d in results if d is not None]}

    def _fetch_one(self, document: dict):
        file_name = document.get("file_name")
        if not file_name:
            return None
        file_path = self.file_root_path / Path(file_name)

        try:
            os.utime(file_path)
            cached = True
        except FileNotFoundError:
            cached = False

        if not cached:
            temp_file_path = file_path.with_name(f"{file_path.name}.tmp.{uuid.uuid4().hex}")
            self._storage.download(key=file_name, local_file_path=temp_file_path)
            temp_file_path.replace(file_path)

        document["file_path"] = str(file_path)
        return document

    def _evict(self, documents: list) -> None:
        requested = {d.get("file_name") for d in documents}
        now = time.time()
        files = [p for p in self.file_root_path.iterdir() if p.is_file() and ".tmp." not in p.name]
        misses = [p for p in files if p.name not in requested]
        overflow = len(misses) + len(requested) - self.max_cache_size
        if overflow > 0:
            misses.sort(key=lambda p: p.stat().st_atime)
            for p in [m for m in misses if now - m.stat().st_atime > 60][:overflow]:
                try:
                    p.unlink()
                except OSError:
                    pass
