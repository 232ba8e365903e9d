# https://github.com/dagster-io/dagster/issues/2388 (fixed by https://github.com/dagster-io/dagster/pull/9985)
# Fixed version: the snapshot insert is idempotent; _add_snapshot catches the unique-key
# IntegrityError ("on_conflict_do_nothing equivalent"), so two launchers storing the same
# content-addressed snapshot no longer fail.
import hashlib
import json
import os
import sqlite3
import tempfile
import threading
import zlib


class SnapshotRunStorage:
    def __init__(self, db_path):
        self.db_path = db_path
        with self.open_conn() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS snapshots ("
                "snapshot_id TEXT PRIMARY KEY, snapshot_body BLOB, snapshot_type TEXT)"
            )

    def open_conn(self):
        return sqlite3.connect(self.db_path, timeout=5, isolation_level=None)

    def has_snapshot(self, snapshot_id):
        with self.open_conn() as conn:
            row = conn.execute(
                "SELECT snapshot_id FROM snapshots WHERE snapshot_id = ?", (snapshot_id,)
            ).fetchone()
        return row is not None

    def add_snapshot_of_pipeline(self, snapshot):
        snapshot_id = snapshot_id_of(snapshot)
        return self._store_snapshot(snapshot_id, snapshot, "PIPELINE")

    def _store_snapshot(self, snapshot_id, snapshot_obj, snapshot_type):
        body = zlib.compress(json.dumps(snapshot_obj).encode("utf-8"))
        with self.open_conn() as conn:
            try:
                conn.execute(
                    "INSERT INTO snapshots (snapshot_id, snapshot_body, snapshot_type) "
                    "VALUES (?,?,?)",
                    (snapshot_id, body, snapshot_type),
                )
            except sqlite3.IntegrityError:
                # on_conflict_do_nothing equivalent
                pass
        return snapshot_id


def snapshot_id_of(snapshot):
    return hashlib.sha1(json.dumps(snapshot, sort_keys=True).encode()).hexdigest()


class Instance:
    def __init__(self, run_storage):
        self._run_storage = run_storage

    def _ensure_snapshot_persisted(self, pipeline_snapshot):
        pipeline_snapshot_id = snapshot_id_of(pipeline_snapshot)
        if not self._run_storage.has_snapshot(pipeline_snapshot_id):
            returned_id = self._run_storage.add_snapshot_of_pipeline(pipeline_snapshot)
            assert returned_id == pipeline_snapshot_id
        return pipeline_snapshot_id

    def launch_run(self, pipeline_name, pipeline_snapshot):
        snapshot_id = self._ensure_snapshot_persisted(pipeline_snapshot)
        return {"pipeline_name": pipeline_name, "pipeline_snapshot_id": snapshot_id}


if __name__ == "__main__":
    db_file = os.path.join(tempfile.mkdtemp(), "runs.db")
    inst = Instance(SnapshotRunStorage(db_file))
    snapshot = {"name": "my_pipeline", "solids": ["a", "b"]}
    launchers = [threading.Thread(target=inst.launch_run, args=("my_pipeline", snapshot))
                 for _ in range(4)]
    for launcher in launchers:
        launcher.start()
    for launcher in launchers:
        launcher.join()
