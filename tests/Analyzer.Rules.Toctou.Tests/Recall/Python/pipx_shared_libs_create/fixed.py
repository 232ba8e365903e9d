# https://github.com/pypa/pipx/pull/1909
# Fixed version: creation and upgrade of the shared venv run under one cross-process
# file lock kept next to the venv, and the validity/age checks are repeated under it.
import fcntl
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

SHARED_MAX_AGE_SEC = 30 * 24 * 3600


def run_cmd(cmd):
    return subprocess.run([str(c) for c in cmd], capture_output=True)


@contextmanager
def exclusive_file_lock(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class LockedSharedLibs:
    def __init__(self, root):
        self.root = Path(root)
        self.python_path = self.root / "bin" / "python"
        self.pip_path = self.root / "bin" / "pip"
        self.lock_path = self.root.parent / (self.root.name + ".lock")
        self.updated_this_run = False

    @property
    def valid(self):
        return self.python_path.is_file() and self.pip_path.is_file()

    def _stale(self):
        if not self.pip_path.is_file():
            return True
        return time.time() - self.pip_path.stat().st_mtime > SHARED_MAX_AGE_SEC

    def ensure_fresh(self):
        if self.updated_this_run:
            return
        with exclusive_file_lock(self.lock_path):
            if not self.valid:
                run_cmd([sys.executable, "-m", "venv", "--clear", self.root])
                self._pip_upgrade(["--force-reinstall"])
            elif self._stale():
                self._pip_upgrade([])
        self.updated_this_run = True

    def _pip_upgrade(self, pip_args):
        run_cmd([self.python_path, "-m", "pip", "install", *pip_args, "--upgrade", "pip"])
        self.pip_path.touch()


if __name__ == "__main__":
    LockedSharedLibs(Path.home() / ".local" / "pipx" / "shared-demo").ensure_fresh()
