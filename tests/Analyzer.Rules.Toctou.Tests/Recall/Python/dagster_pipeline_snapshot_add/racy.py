# https://github.com/dagster-io/dagster/issues/2388 (fixed by https://github.com/dagster-io/dagster/pull/9985)
# DagsterInstance._ensure_persisted_pipeline_snapshot() asks the run storage whether the
# snapshot id exists and, if not, inserts the snapshot. Two processes launching runs of the
# same pipeline both see "missing" and the second INSERT fails on the snapshots primary key.
# Fix: the insert in _add_snapshot treats IntegrityError as "already stored" (do nothing).
import hashlib
import json
import os
import sqlite3
import tempfile
import threading
import zlib


class SqlRunStorage:
    def __init__(self, db_path):
        self.db_path = db_path
        with self.connect() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS snapshots ("
                "snapshot_id TEXT PRIMARY KEY, snapshot_body BLOB, snapshot_type TEXT)"
            )

    def connect(self):
        return sqlite3.connect(self.db_path, timeout=5, isolation_level=None)

    def has_pipeline_snapshot(self, snapshot_id):
        with self.connect() as conn:
            row = conn.execute(
                "SELECT snapshot_id FROM snapshots WHERE snapshot_id = ?", (snapshot_id,)
            ).fetchone()
        return row is not None

    def add_pipeline_snapshot(self, snapshot):
        snapshot_id = create_snapshot_id(snapshot)
        return self._add_snapshot(snapshot_id, snapshot, "PIPELINE")

    def _add_snapshot(self, snapshot_id, snapshot_obj, snapshot_type):
        body = zlib.compress(json.dumps(snapshot_obj).encode("utf-8"))
        with self.connect() as conn:
            conn.execute(
                "INSERT INTO snapshots (snapshot_id, snapshot_body, snapshot_type) VALUES (?,?,?)",
                (snapshot_id, body, snapshot_type),
            )
        return snapshot_id


def create_snapshot_id(snapshot):
    return hashlib.sha1(json.dumps(snapshot, sort_keys=True).encode()).hexdigest()


class DagsterInstance:
    def __init__(self, run_storage):
        self._run_storage = run_storage

    def _ensure_persisted_pipeline_snapshot(self, pipeline_snapshot):
        pipeline_snapshot_id = create_snapshot_id(pipeline_snapshot)
        if not self._run_storage.has_pipeline_snapshot(pipeline_snapshot_id):
            returned_id = self._run_storage.add_pipeline_snapshot(pipeline_snapshot)  # Noncompliant
            assert returned_id == pipeline_snapshot_id
        return pipeline_snapshot_id

    def create_run(self, pipeline_name, pipeline_snapshot):
        snapshot_id = self._ensure_persisted_pipeline_snapshot(pipeline_snapshot)
        return {"pipeline_name": pipeline_name, "pipeline_snapshot_id": snapshot_id}


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "runs.db")
    instance = DagsterInstance(SqlRunStorage(path))
    snap = {"name": "my_pipeline", "solids": ["a", "b"]}
    workers = [threading.Thread(target=instance.create_run, args=("my_pipeline", snap))
               for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
