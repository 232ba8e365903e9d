# https://github.com/Tribler/tribler/issues/6775
# Fixed version: unlink tolerates a file that is already gone.
from pathlib import Path

LOCK_FILE_NAME = "triblerd.lock"


class TolerantProcessChecker:
    def __init__(self, state_directory):
        self.lock_file_path = Path(state_directory) / LOCK_FILE_NAME
        self.remove_lock_file()

    def remove_lock_file(self):
        self.lock_file_path.unlink(missing_ok=True)
