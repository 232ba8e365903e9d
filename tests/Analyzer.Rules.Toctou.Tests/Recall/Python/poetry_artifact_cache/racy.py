# https://github.com/python-poetry/poetry/pull/8517
# Poetry's installer threads each checked the artifact cache and, on a miss, downloaded into the shared
# cache path: two operations needing the same archive both missed and both wrote (or, after an exists()
# check, unlinked) the same file -> corrupt archives / hash errors (#7611). Fix: per-archive
# threading.Lock in the cache, existence re-checked under it, cleanup via unlink(missing_ok=True).
from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


class Link:
    def __init__(self, url: str) -> None:
        self.url = url
        self.filename = url.rsplit("/", 1)[-1]


def http_download(url: str, dest: Path) -> None:
    # stands in for the streamed HTTP download, written chunk by chunk
    with dest.open("wb") as f:
        for chunk in (url.encode(), b"\0" * 4096, b"\1" * 4096):
            f.write(chunk)


class ArtifactCache:
    def __init__(self, *, cache_dir: Path) -> None:
        self._cache_dir = cache_dir

    def get_cache_directory_for_link(self, link: Link) -> Path:
        key = hashlib.sha256(link.url.encode("ascii")).hexdigest()
        return self._cache_dir.joinpath(key[:2], key[2:4], key[4:6], key[6:])

    def get_cached_archive_for_link(self, link: Link) -> Path | None:
        candidate = self.get_cache_directory_for_link(link) / link.filename
        if candidate.exists():
            return candidate
        return None


class Executor:
    def __init__(self, artifact_cache: ArtifactCache, max_workers: int = 8) -> None:
        self._artifact_cache = artifact_cache
        self._executor = ThreadPoolExecutor(max_workers=max_workers)

    def _download_archive(self, link: Link) -> Path:
        archive = self._artifact_cache.get_cache_directory_for_link(link) / link.filename
        archive.parent.mkdir(parents=True, exist_ok=True)
        http_download(link.url, archive)
        return archive

    def _download_link(self, link: Link) -> Path:
        archive = self._artifact_cache.get_cached_archive_for_link(link)
        if archive is None:
            try:
                archive = self._download_archive(link)  # Noncompliant
            except BaseException:
                cache_directory = self._artifact_cache.get_cache_directory_for_link(link)
                cached_file = cache_directory / link.filename
                if cached_file.exists():
                    cached_file.unlink()  # Noncompliant
                raise
        return archive

    def execute(self, links: list[Link]) -> list[Path]:
        tasks = [self._executor.submit(self._download_link, link) for link in links]
        return [task.result() for task in tasks]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        wheel = Link("https://files.example.org/packages/demo-1.0-py3-none-any.whl")
        executor = Executor(ArtifactCache(cache_dir=Path(tmp)))
        print(executor.execute([wheel] * 8))
