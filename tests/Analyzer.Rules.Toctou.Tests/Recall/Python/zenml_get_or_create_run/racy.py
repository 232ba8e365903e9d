# https://github.com/zenml-io/zenml/pull/1473
# Each pipeline step calls get_or_create_run() when it starts, often in parallel; create_run() SELECTs the run id,
# raises EntityExistsError if found and otherwise INSERTs. Two steps that both pass the SELECT both INSERT, the
# loser violates the primary key and the IntegrityError is not the EntityExistsError get_or_create_run handles.
# Fix: get_or_create_run() also catches IntegrityError and then returns the run the other step created.
import os
import sqlite3
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor


class EntityExistsError(Exception):
    pass


class SqlZenStore(object):
    def __init__(self, url):
        self.url = url
        conn = self._connect()
        conn.execute("CREATE TABLE IF NOT EXISTS pipeline_run (id TEXT PRIMARY KEY, name TEXT, status TEXT)")
        conn.commit()
        conn.close()

    def _connect(self):
        return sqlite3.connect(self.url, timeout=10)

    def get_run(self, run_id):
        conn = self._connect()
        try:
            row = conn.execute("SELECT id, name, status FROM pipeline_run WHERE id = ?", (run_id,)).fetchone()
        finally:
            conn.close()
        if row is None:
            raise KeyError(run_id)
        return {"id": row[0], "name": row[1], "status": row[2]}

    def create_run(self, run_id, name):
        conn = self._connect()
        try:
            # Check if pipeline run with same ID already exists.
            existing = conn.execute("SELECT id FROM pipeline_run WHERE id = ?", (run_id,)).fetchone()
            if existing is not None:
                raise EntityExistsError("Unable to create pipeline run %s: a run with this ID already exists." % run_id)
            time.sleep(0.01)  # build the schema object from the request model
            conn.execute(  # Noncompliant
                "INSERT INTO pipeline_run (id, name, status) VALUES (?, ?, ?)", (run_id, name, "running"))
            conn.commit()
        finally:
            conn.close()
        return self.get_run(run_id)

    def get_or_create_run(self, run_id, name):
        try:
            return self.create_run(run_id, name)
        except EntityExistsError:
            return self.get_run(run_id)


def run_step(store, run_id, step_name):
    # the orchestrator starts every step in its own pod/process with the same run id
    return store.get_or_create_run(run_id, "training_pipeline-run")["id"], step_name


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "zenml.db")
    store = SqlZenStore(path)
    run_id = str(uuid.uuid4())
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(run_step, store, run_id, "step_%d" % i) for i in range(4)]
    print([repr(f.exception()) for f in futures if f.exception()])
