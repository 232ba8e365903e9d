from pathlib import Path


# A cached file found is refreshed with touch(), which makes an empty one if another process evicted it in between:
# the empty file is then served as the cached content.
def refresh_cached(cache_dir: Path, name: str) -> Path:
    cached = cache_dir / name
    if cached.is_file():
        cached.touch()  # Noncompliant [TOCTOU004] {{cached.is_file checks cached at line 8 and cached.touch uses it at line 9 and cached.write_bytes at line 11; the path can appear, vanish or be swapped in between}}
    else:
        cached.write_bytes(b"")
    return cached


# A marker made only where none was found: one another process made first only gets its time set.
def mark_seen(marker: Path) -> None:
    if not marker.exists():
        marker.touch()


# The same after an early return.
def mark_once(marker: Path) -> None:
    if marker.exists():
        return
    marker.touch()


# Insisting on a new file fails when another made it first: an exclusive create.
def claim(marker: Path) -> None:
    if not marker.exists():
        marker.touch(exist_ok=False)


# An append that writes nothing, only closed, makes a missing file and leaves one another process made first as it is.
def ensure_rc(rc_path: Path) -> None:
    if not rc_path.is_file():
        open(rc_path, "a").close()


# The same open after a check that found the file makes again, empty, one that vanished.
def reopen_rc(rc_path: Path) -> None:
    if rc_path.is_file():
        open(rc_path, "a").close()  # Noncompliant [TOCTOU004] {{rc_path.is_file checks rc_path at line 42 and open uses it at line 43; the path can appear, vanish or be swapped in between}}
