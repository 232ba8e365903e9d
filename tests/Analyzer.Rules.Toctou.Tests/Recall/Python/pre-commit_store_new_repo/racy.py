# https://github.com/pre-commit/pre-commit/issues/363
# Store._new_repo() SELECTed (repo, ref) in the store's sqlite db and, if missing, built the repo and
# INSERTed the row; parallel pre-commit processes all miss, all install ("Directory not empty") and the
# losers hit IntegrityError on the PRIMARY KEY. Fix: an exclusive file lock (Store.exclusive_lock)
# around the build+insert, with the SELECT repeated once the lock is held.
import contextlib
import os
import sqlite3
import tempfile
from multiprocessing import Pool


class Store:
    def __init__(self, directory):
        self.directory = directory
        self.db_path = os.path.join(directory, "db.db")
        with self.connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS repos ("
                "    repo TEXT NOT NULL, ref TEXT NOT NULL, path TEXT NOT NULL,"
                "    PRIMARY KEY (repo, ref))"
            )

    @contextlib.contextmanager
    def connect(self):
        with contextlib.closing(sqlite3.connect(self.db_path, timeout=30)) as db:
            with db:
                yield db

    def _new_repo(self, repo, ref, make_strategy):
        # Check if we already exist
        with self.connect() as db:
            result = db.execute(
                "SELECT path FROM repos WHERE repo = ? AND ref = ?", (repo, ref),
            ).fetchone()
            if result:
                return result[0]

        directory = tempfile.mkdtemp(prefix="repo", dir=self.directory)
        make_strategy(directory)

        # Update our db with the created repo
        with self.connect() as db:
            sql = "INSERT INTO repos (repo, ref, path) VALUES (?, ?, ?)"
            db.execute(sql, [repo, ref, directory])  # Noncompliant
        return directory

    def clone(self, repo, ref):
        def clone_strategy(directory):
            with open(os.path.join(directory, ".pre-commit-hooks.yaml"), "w") as f:
                f.write("- id: %s@%s\n" % (repo, ref))
        return self._new_repo(repo, ref, clone_strategy)


def run_hooks(store_dir):
    # one `pre-commit run` invocation: resolves every repo of .pre-commit-config.yaml through the store
    return Store(store_dir).clone("https://github.com/pre-commit/pre-commit-hooks", "v2.0.0")


if __name__ == "__main__":
    store_dir = tempfile.mkdtemp()
    Store(store_dir)
    with Pool(6) as pool:
        print(pool.map(run_hooks, [store_dir] * 6))
