# https://github.com/apache/airflow/pull/58807 (issue https://github.com/apache/airflow/issues/58752)
# Fixed version: before deciding which backfill runs to start, the scheduler locks the
# relevant Backfill rows with SELECT ... FOR UPDATE SKIP LOCKED; backfills locked by another
# scheduler are skipped this loop, so count check and state change happen under one row lock.
import threading
from collections import Counter


class MetaDB:
    """Tiny stand-in for the Airflow metadata database with row locks."""

    def __init__(self):
        self.lock = threading.Lock()
        self.backfills = {1: {"max_active_runs": 1}}
        self.row_owner = {}
        self.dag_runs = [{"id": i, "backfill_id": 1, "state": "queued"} for i in range(4)]


class TxSession:
    """Buffers writes until commit; row locks are released at commit."""

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

    def lock_backfills_skip_locked(self, backfill_ids):
        locked = set()
        with self.db.lock:
            for bid in backfill_ids:
                if self.db.row_owner.get(bid) in (None, self):
                    self.db.row_owner[bid] = self
                    locked.add(bid)
        return locked

    def set_state(self, run_id, state):
        self.pending[run_id] = state

    def commit(self):
        with self.db.lock:
            for r in self.db.dag_runs:
                if r["id"] in self.pending:
                    r["state"] = self.pending[r["id"]]
            for bid, owner in list(self.db.row_owner.items()):
                if owner is self:
                    del self.db.row_owner[bid]
        self.pending.clear()


class HAScheduler:
    def __init__(self, db):
        self.db = db

    def _lock_backfills(self, dag_runs, session):
        return session.lock_backfills_skip_locked({dr["backfill_id"] for dr in dag_runs})

    def _start_queued_dagruns(self, session):
        dag_runs = session.queued_backfill_runs()
        locked_backfills = self._lock_backfills(dag_runs, session)
        active_runs_of_backfills = session.running_counts()
        for dag_run in dag_runs:
            backfill_id = dag_run["backfill_id"]
            if backfill_id not in locked_backfills:
                continue  # another scheduler owns this backfill right now
            backfill = session.get_backfill(backfill_id)
            if active_runs_of_backfills[backfill_id] >= backfill["max_active_runs"]:
                continue
            session.set_state(dag_run["id"], "running")
            active_runs_of_backfills[backfill_id] += 1
        session.commit()

    def run_once(self):
        self._start_queued_dagruns(TxSession(self.db))


if __name__ == "__main__":
    db = MetaDB()
    runners = [HAScheduler(db) for _ in range(2)]
    ths = [threading.Thread(target=r.run_once) for r in runners]
    for th in ths:
        th.start()
    for th in ths:
        th.join()
