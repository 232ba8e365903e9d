# https://github.com/nipype/pydra/pull/735
# Fixed shape: the cache directory is created with mkdir(parents=True, exist_ok=True) and no
# prior exists() check, so a directory made by another worker process is simply accepted.
import os
import typing as ty
from hashlib import blake2b
from pathlib import Path

import attrs
import platformdirs
from filelock import SoftFileLock

HashBytes = bytes
StoreKey = ty.Tuple[ty.Hashable, ...]


def ensure_cache_location(path: ty.Union[Path, str, None]) -> Path:
    if path is None:
        path = HashStore.default_location()
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


@attrs.define
class HashStore:
    location: Path = attrs.field(converter=ensure_cache_location)
    _hashes: ty.Dict[StoreKey, HashBytes] = attrs.field(factory=dict)

    LOCATION_ENV_VAR = "PYDRA_HASH_CACHE"

    @classmethod
    def default_location(cls) -> str:
        try:
            return os.environ[cls.LOCATION_ENV_VAR]
        except KeyError:
            return platformdirs.user_cache_dir(appname="pydra", appauthor="nipype")

    @location.default
    def _default_location(self) -> str:
        return self.default_location()

    def lookup_or_compute(self, key: StoreKey, compute: ty.Callable[[], HashBytes]) -> HashBytes:
        try:
            return self._hashes[key]
        except KeyError:
            pass
        key_path = self.location / blake2b(str(key).encode()).hexdigest()
        with SoftFileLock(key_path.with_suffix(".lock")):
            if key_path.exists():
                return HashBytes(key_path.read_bytes())
            hsh = compute()
            key_path.write_bytes(hsh)
            self._hashes[key] = hsh
        return hsh
