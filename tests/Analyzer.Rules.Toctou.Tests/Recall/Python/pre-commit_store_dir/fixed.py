# https://github.com/pre-commit/pre-commit/issues/1192
# Fixed: makedirs tolerates a directory created concurrently by another
# pre-commit process (exist_ok=True).
import os


def _default_store_directory():
    return os.environ.get("PRE_COMMIT_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
        "pre-commit",
    )


class SafeStore(object):
    def __init__(self, directory=None):
        self.directory = directory or _default_store_directory()
        self.db_path = os.path.join(self.directory, "db.db")
        if not os.path.exists(self.directory):
            os.makedirs(self.directory, exist_ok=True)
            with open(os.path.join(self.directory, "README"), "w") as f:
                f.write("This directory is maintained by pre-commit.\n")

    def repo_dir(self, repo, ref):
        return os.path.join(self.directory, "repo" + ref)
