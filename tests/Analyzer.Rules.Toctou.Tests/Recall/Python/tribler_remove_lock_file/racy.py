# https://github.com/Tribler/tribler/issues/6775
# ProcessChecker.remove_lock_file unlinked the lock file if lock_file_path.exists(); the previous core process removed
# the file right after the check, and unlink raised FileNotFoundError at startup. The fix is
# unlink(missing_ok=True).
from pathlib import Path

LOCK_FILE_NAME = "triblerd.lock"


class ProcessChecker:
    def __init__(self, state_directory):
        self.lock_file_path = Path(state_directory) / LOCK_FILE_NAME
        if self.lock_file_path.exists():
            self.remove_lock_file()

    def remove_lock_file(self):
        """Remove the lock file if it exists."""
        if self.lock_file_path.exists():
            self.lock_file_path.unlink()  # Noncompliant [TOCTOU004]
