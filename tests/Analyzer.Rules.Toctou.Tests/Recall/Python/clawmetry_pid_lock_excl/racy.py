# https://github.com/vivekchand/clawmetry/pull/1041
# The sync daemon's _acquire_pid_lock() checked pid_path.exists() and then wrote
# its PID with write_text(). Two daemons starting together both see no file and
# both write, so both believe they own the lock. Fix: create the file with
# os.open(O_WRONLY|O_CREAT|O_EXCL); the loser gets FileExistsError and either
# bails (holder alive) or unlinks a stale file and retries.
import os
from pathlib import Path

PID_PATH = Path.home() / ".clawmetry" / "sync.pid"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def _acquire_pid_lock(pid_path: Path = PID_PATH) -> bool:
    pid_path.parent.mkdir(parents=True, exist_ok=True)
    if pid_path.exists():
        try:
            holder = int(pid_path.read_text().strip())  # Noncompliant
        except (ValueError, OSError):
            holder = -1
        if holder > 0 and holder != os.getpid() and _pid_alive(holder):
            return False
    pid_path.write_text(str(os.getpid()))  # Noncompliant
    return True


def _release_pid_lock(pid_path: Path = PID_PATH) -> None:
    try:
        if int(pid_path.read_text().strip()) == os.getpid():
            pid_path.unlink()
    except (OSError, ValueError):
        pass


def run_daemon(loop_body) -> None:
    if not _acquire_pid_lock():
        return
    try:
        loop_body()
    finally:
        _release_pid_lock()
