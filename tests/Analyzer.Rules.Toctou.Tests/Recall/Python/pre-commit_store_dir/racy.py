# https://github.com/pre-commit/pre-commit/issues/1192
# Two pre-commit processes started together both see that the cache directory
# (~/.cache/pre-commit) is missing and both try to create it; the slower one
# dies with FileExistsError. Fixed in pre-commit/pre-commit#1196 by creating
# the directory so that an already existing one is accepted.
import os


def _get_default_directory():
    return os.environ.get("PRE_COMMIT_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
        "pre-commit",
    )


class Store(object):
    def __init__(self, directory=None):
        self.directory = directory or _get_default_directory()
        self.db_path = os.path.join(self.directory, "db.db")
        if not os.path.exists(self.directory):
            os.makedirs(self.directory)  # Noncompliant
            with open(os.path.join(self.directory, "README"), "w") as f:
                f.write("This directory is maintained by pre-commit.\n")

    def repo_path(self, repo, ref):
        return os.path.join(self.directory, "repo" + ref)
