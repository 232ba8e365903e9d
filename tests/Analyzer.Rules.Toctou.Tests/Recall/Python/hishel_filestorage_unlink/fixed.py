# https://github.com/karpetrosyan/hishel/pull/334 (earlier, similar fix: https://github.com/karpetrosyan/hishel/pull/264)
# Fixed shape: the stale-file unlink outside the lock no longer assumes the file is still there; a file
# that another thread removed after the is_file()/stat() check is ignored (unlink(missing_ok=True)).
from __future__ import annotations

import os
import threading
import time
from pathlib import Path


class DiskResponseCache:
    def __init__(self, base_path: Path | None = None, ttl: float | None = None, check_ttl_every: float = 60) -> None:
        self._base_path = Path(base_path) if base_path is not None else Path(".cache/hishel")
        self._ttl = ttl
        self._lock = threading.Lock()
        self._check_ttl_every = check_ttl_every
        self._last_cleaned = time.monotonic()

    def store(self, key: str, data: bytes) -> None:
        response_path = self._base_path / key
        with self._lock:
            response_path.write_bytes(data)
        self._drop_stale_entries(response_path)

    def retrieve(self, key: str) -> bytes | None:
        response_path = self._base_path / key
        self._drop_stale_entries(response_path)
        with self._lock:
            if response_path.exists():
                return response_path.read_bytes()
        return None

    def _drop_stale_entries(self, response_path: Path) -> None:
        if self._ttl is None:
            return

        if time.monotonic() - self._last_cleaned < self._check_ttl_every:
            if response_path.is_file():
                age = time.time() - response_path.stat().st_mtime
                if age > self._ttl:
                    response_path.unlink(missing_ok=True)
            return

        self._last_cleaned = time.monotonic()
        with self._lock:
            with os.scandir(self._base_path) as entries:
                for entry in entries:
                    if entry.is_file():
                        age = time.time() - entry.stat().st_mtime
                        if age > self._ttl:
                            os.unlink(entry.path)
