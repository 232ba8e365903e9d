# https://github.com/pypa/pipx/pull/1909
# Several pipx processes (parallel `pipx list`/`pipx install`, see issue #1056) each see the
# shared-library venv as missing or stale and then rebuild it with `venv --clear` / upgrade it,
# wiping the environment another process is still creating or using.
# Fix: take one cross-process file lock beside the shared venv and re-check inside it.
import subprocess
import sys
import time
from pathlib import Path

SHARED_LIBS_MAX_AGE_SEC = 30 * 24 * 3600


def run_subprocess(cmd):
    return subprocess.run([str(c) for c in cmd], capture_output=True)


class SharedLibs:
    def __init__(self, root):
        self.root = Path(root)
        self.python_path = self.root / "bin" / "python"
        self.pip_path = self.root / "bin" / "pip"
        self.has_been_updated_this_run = False

    @property
    def is_valid(self):
        return self.python_path.is_file() and self.pip_path.is_file()

    @property
    def needs_upgrade(self):
        if self.has_been_updated_this_run:
            return False
        if not self.pip_path.is_file():
            return True
        return time.time() - self.pip_path.stat().st_mtime > SHARED_LIBS_MAX_AGE_SEC

    def create(self):
        if not self.is_valid:
            run_subprocess([sys.executable, "-m", "venv", "--clear", self.root])  # Noncompliant
            self.upgrade(pip_args=["--force-reinstall"])

    def upgrade(self, pip_args=None):
        if not self.is_valid:
            self.create()
            return
        if self.has_been_updated_this_run:
            return
        run_subprocess([self.python_path, "-m", "pip", "install", *(pip_args or []),
                        "--upgrade", "pip"])
        self.has_been_updated_this_run = True
        self.pip_path.touch()


def ensure_shared_libs(shared):
    # called at the start of every pipx command, in every process
    if shared.needs_upgrade:
        shared.upgrade()


if __name__ == "__main__":
    ensure_shared_libs(SharedLibs(Path.home() / ".local" / "pipx" / "shared-demo"))
