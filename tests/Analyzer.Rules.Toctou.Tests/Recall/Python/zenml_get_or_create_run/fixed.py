# https://github.com/zenml-io/zenml/pull/1473
# Fixed version: the duplicate-key IntegrityError raised when another step inserted the same run first is handled
# like EntityExistsError, i.e. the step fetches and uses the run that already exists.
import os
import sqlite3
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor


class RunExistsError(Exception):
    pass


class RunStore(object):
    def __init__(self, url):
        self.url = url
        conn = self._open()
        conn.execute("CREATE TABLE IF NOT EXISTS pipeline_run (id TEXT PRIMARY KEY, name TEXT, status TEXT)")
        conn.commit()
        conn.close()

    def _open(self):
        return sqlite3.connect(self.url, timeout=10)

    def fetch_run(self, run_id):
        conn = self._open()
        try:
            row = conn.execute("SELECT id, name, status FROM pipeline_run WHERE id = ?", (run_id,)).fetchone()
        finally:
            conn.close()
        if row is None:
            raise KeyError(run_id)
        return {"id": row[0], "name": row[1], "status": row[2]}

    def insert_run(self, run_id, name):
        conn = self._open()
        try:
            existing = conn.execute("SELECT id FROM pipeline_run WHERE id = ?", (run_id,)).fetchone()
            if existing is not None:
                raise RunExistsError("Unable to create pipeline run %s: a run with this ID already exists." % run_id)
            time.sleep(0.01)
            conn.execute(
                "INSERT INTO pipeline_run (id, name, status) VALUES (?, ?, ?)", (run_id, name, "running"))
            conn.commit()
        finally:
            conn.close()
        return self.fetch_run(run_id)

    def get_or_create_pipeline_run(self, run_id, name):
        try:
            return self.insert_run(run_id, name)
        except (RunExistsError, sqlite3.IntegrityError):
            return self.fetch_run(run_id)


def start_step(store, run_id, step_name):
    return store.get_or_create_pipeline_run(run_id, "training_pipeline-run")["id"], step_name


if __name__ == "__main__":
    db = os.path.join(tempfile.mkdtemp(), "zenml.db")
    runs = RunStore(db)
    rid = str(uuid.uuid4())
    with ThreadPoolExecutor(max_workers=4) as executor:
        results = [executor.submit(start_step, runs, rid, "step_%d" % i) for i in range(4)]
    print([repr(r.exception()) for r in results if r.exception()])
