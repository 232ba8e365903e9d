# https://github.com/nipype/pydra/pull/735
# location_converter() did `if not path.exists(): path.mkdir(parents=True)` for the hash-cache
# dir. Worker processes (cf/slurm plugins) creating it at once both see it missing and the
# second mkdir() raises FileExistsError. Fix: no exists() check,
# path.mkdir(parents=True, exist_ok=True).
import os
import typing as ty
from hashlib import blake2b
from pathlib import Path

import attrs
import platformdirs
from filelock import SoftFileLock

Hash = bytes
CacheKey = ty.Tuple[ty.Hashable, ...]


def location_converter(path: ty.Union[Path, str, None]) -> Path:
    if path is None:
        path = PersistentCache.location_default()
    path = Path(path)
    if not path.exists():
        path.mkdir(parents=True)  # Noncompliant
    return path


@attrs.define
class PersistentCache:
    location: Path = attrs.field(converter=location_converter)
    _hashes: ty.Dict[CacheKey, Hash] = attrs.field(factory=dict)

    LOCATION_ENV_VAR = "PYDRA_HASH_CACHE"

    @classmethod
    def location_default(cls) -> str:
        try:
            return os.environ[cls.LOCATION_ENV_VAR]
        except KeyError:
            return platformdirs.user_cache_dir(appname="pydra", appauthor="nipype")

    @location.default
    def _location_default(self) -> str:
        return self.location_default()

    def get_or_calculate_hash(self, key: CacheKey, calculate_hash: ty.Callable[[], Hash]) -> Hash:
        try:
            return self._hashes[key]
        except KeyError:
            pass
        key_path = self.location / blake2b(str(key).encode()).hexdigest()
        with SoftFileLock(key_path.with_suffix(".lock")):
            if key_path.exists():
                return Hash(key_path.read_bytes())
            hsh = calculate_hash()
            key_path.write_bytes(hsh)
            self._hashes[key] = hsh
        return hsh
