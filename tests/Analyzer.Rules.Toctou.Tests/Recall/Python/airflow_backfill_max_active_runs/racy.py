# https://github.com/apache/airflow/pull/58807 (issue https://github.com/apache/airflow/issues/58752)
# With several HA schedulers, _start_queued_dagruns() counts the running dag runs of each
# backfill and moves queued runs to RUNNING while the count is below max_active_runs. Each
# scheduler reads the count before the other commits, so both start runs and the backfill
# exceeds max_active_runs. Fix: lock the Backfill rows (FOR UPDATE SKIP LOCKED) first.
import threading
from collections import Counter


class MetadataDB:
    """Tiny stand-in for the Airflow metadata database."""

    def __init__(self):
        self.lock = threading.Lock()
        self.backfills = {1: {"max_active_runs": 1}}
        self.dag_runs = [{"id": i, "backfill_id": 1, "state": "queued"} for i in range(4)]


class Session:
    """Buffers writes until commit, like a database transaction."""

    def __init__(self, db):
        self.db = db
        self.pending = {}

    def queued_backfill_runs(self):
        with self.db.lock:
            return [dict(r) for r in self.db.dag_runs if r["state"] == "queued"]

    def running_counts(self):
        with self.db.lock:
            return Counter(r["backfill_id"] for r in self.db.dag_runs if r["state"] == "running")

    def get_backfill(self, backfill_id):
        with self.db.lock:
            return dict(self.db.backfills[backfill_id])

    def set_state(self, run_id, state):
        self.pending[run_id] = state

    def commit(self):
        with self.db.lock:
            for r in self.db.dag_runs:
                if r["id"] in self.pending:
                    r["state"] = self.pending[r["id"]]
        self.pending.clear()


class SchedulerJobRunner:
    def __init__(self, db):
        self.db = db

    def _start_queued_dagruns(self, session):
        dag_runs = session.queued_backfill_runs()
        active_runs_of_backfills = session.running_counts()
        for dag_run in dag_runs:
            backfill_id = dag_run["backfill_id"]
            backfill = session.get_backfill(backfill_id)
            if active_runs_of_backfills[backfill_id] >= backfill["max_active_runs"]:
                continue
            session.set_state(dag_run["id"], "running")  # Noncompliant
            active_runs_of_backfills[backfill_id] += 1
        session.commit()

    def scheduler_loop_once(self):
        self._start_queued_dagruns(Session(self.db))


if __name__ == "__main__":
    shared_db = MetadataDB()
    schedulers = [SchedulerJobRunner(shared_db) for _ in range(2)]
    threads = [threading.Thread(target=s.scheduler_loop_once) for s in schedulers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
