# https://github.com/pre-commit/pre-commit/issues/363
# Fixed version: Store.exclusive_lock() takes an exclusive flock on <store>/.lock; _new_repo() keeps
# the cheap unlocked lookup, but builds the repo and inserts its row only while holding the lock,
# after repeating the lookup because another process may have already completed this work.
import contextlib
import fcntl
import os
import sqlite3
import tempfile
from multiprocessing import Pool


@contextlib.contextmanager
def file_lock(path):
    with open(path, "a+") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


class LockedStore:
    def __init__(self, directory):
        self.directory = directory
        self.db_path = os.path.join(directory, "db.db")
        with self.exclusive_lock(), self.connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS repos ("
                "    repo TEXT NOT NULL, ref TEXT NOT NULL, path TEXT NOT NULL,"
                "    PRIMARY KEY (repo, ref))"
            )

    @contextlib.contextmanager
    def exclusive_lock(self):
        with file_lock(os.path.join(self.directory, ".lock")):
            yield

    @contextlib.contextmanager
    def connect(self):
        with contextlib.closing(sqlite3.connect(self.db_path, timeout=30)) as db:
            with db:
                yield db

    def _create_repo(self, repo, ref, make_strategy):
        def _get_result():
            with self.connect() as db:
                result = db.execute(
                    "SELECT path FROM repos WHERE repo = ? AND ref = ?", (repo, ref),
                ).fetchone()
                if result:
                    return result[0]

        result = _get_result()
        if result:
            return result
        with self.exclusive_lock():
            # Another process may have already completed this work
            result = _get_result()
            if result:
                return result

            directory = tempfile.mkdtemp(prefix="repo", dir=self.directory)
            make_strategy(directory)

            with self.connect() as db:
                db.execute(
                    "INSERT INTO repos (repo, ref, path) VALUES (?, ?, ?)", [repo, ref, directory],
                )
        return directory

    def clone_repo(self, repo, ref):
        def clone_strategy(directory):
            with open(os.path.join(directory, ".pre-commit-hooks.yaml"), "w") as f:
                f.write("- id: %s@%s\n" % (repo, ref))
        return self._create_repo(repo, ref, clone_strategy)


def run_hook_session(store_dir):
    return LockedStore(store_dir).clone_repo("https://github.com/pre-commit/pre-commit-hooks", "v2.0.0")


if __name__ == "__main__":
    store_dir = tempfile.mkdtemp()
    LockedStore(store_dir)
    with Pool(6) as pool:
        print(pool.map(run_hook_session, [store_dir] * 6))
