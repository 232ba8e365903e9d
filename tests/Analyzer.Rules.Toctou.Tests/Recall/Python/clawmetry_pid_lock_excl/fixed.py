# https://github.com/vivekchand/clawmetry/pull/1041
# Fixed version: the PID file is created with O_CREAT|O_EXCL, which the kernel
# performs in one step; on FileExistsError a live holder wins, a stale file is
# unlinked and the exclusive create is retried.
import os
from pathlib import Path

LOCK_PATH = Path.home() / ".clawmetry" / "sync.pid"


def _holder_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def acquire_exclusive_pid_lock(lock_path: Path = LOCK_PATH) -> bool:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(2):
        try:
            fd = os.open(str(lock_path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            try:
                holder = int(lock_path.read_text().strip())
            except (ValueError, OSError):
                holder = -1
            if holder > 0 and _holder_alive(holder):
                return False
            lock_path.unlink(missing_ok=True)
            continue
        with os.fdopen(fd, "w") as fh:
            fh.write(str(os.getpid()))
        return True
    return False


def release_exclusive_pid_lock(lock_path: Path = LOCK_PATH) -> None:
    try:
        if int(lock_path.read_text().strip()) == os.getpid():
            lock_path.unlink()
    except (OSError, ValueError):
        pass


def run_locked_daemon(loop_body) -> None:
    if not acquire_exclusive_pid_lock():
        return
    try:
        loop_body()
    finally:
        release_exclusive_pid_lock()
