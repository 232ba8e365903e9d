# https://github.com/python-poetry/poetry/pull/8517
# Fixed version: ArtifactCache owns the download and serializes it per archive path with a
# threading.Lock taken from a defaultdict; inside the lock it checks again whether another
# thread already downloaded the archive.
from __future__ import annotations

import hashlib
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable


class ArchiveLink:
    def __init__(self, url: str) -> None:
        self.url = url
        self.filename = url.rsplit("/", 1)[-1]


def fetch_to_path(url: str, dest: Path) -> None:
    with dest.open("wb") as f:
        for chunk in (url.encode(), b"\0" * 4096, b"\1" * 4096):
            f.write(chunk)


class LockingArtifactCache:
    def __init__(self, *, cache_dir: Path) -> None:
        self._cache_dir = cache_dir
        self._archive_locks: defaultdict[Path, threading.Lock] = defaultdict(threading.Lock)

    def cache_directory_for(self, link: ArchiveLink) -> Path:
        key = hashlib.sha256(link.url.encode("ascii")).hexdigest()
        return self._cache_dir.joinpath(key[:2], key[2:4], key[4:6], key[6:])

    def _find_cached_archive(self, cache_dir: Path, filename: str) -> Path | None:
        for archive in cache_dir.glob("*.whl"):
            if archive.name == filename:
                return archive
        return None

    def cached_archive_for(
        self, link: ArchiveLink, *, download_func: Callable[[str, Path], None]
    ) -> Path:
        cache_dir = self.cache_directory_for(link)
        cached_archive = self._find_cached_archive(cache_dir, link.filename)
        if cached_archive is None:
            cached_archive = cache_dir / link.filename
            with self._archive_locks[cached_archive]:
                # Check again if the archive exists (under the lock) to avoid
                # duplicate downloads because it may have already been downloaded
                # by another thread in the meantime
                if not cached_archive.exists():
                    cache_dir.mkdir(parents=True, exist_ok=True)
                    try:
                        download_func(link.url, cached_archive)
                    except BaseException:
                        cached_archive.unlink(missing_ok=True)
                        raise
        return cached_archive


class LockedExecutor:
    def __init__(self, artifact_cache: LockingArtifactCache, max_workers: int = 8) -> None:
        self._artifact_cache = artifact_cache
        self._executor = ThreadPoolExecutor(max_workers=max_workers)

    def _fetch_link(self, link: ArchiveLink) -> Path:
        return self._artifact_cache.cached_archive_for(link, download_func=fetch_to_path)

    def run_all(self, links: list[ArchiveLink]) -> list[Path]:
        tasks = [self._executor.submit(self._fetch_link, link) for link in links]
        return [task.result() for task in tasks]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        wheel = ArchiveLink("https://files.example.org/packages/demo-1.0-py3-none-any.whl")
        executor = LockedExecutor(LockingArtifactCache(cache_dir=Path(tmp)))
        print(executor.run_all([wheel] * 8))
