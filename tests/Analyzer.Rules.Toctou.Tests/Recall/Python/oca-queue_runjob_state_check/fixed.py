# https://github.com/OCA/queue/pull/131
# Fixed version: runjob_locked() first runs SELECT ... WHERE uuid=%s AND state='enqueued' FOR UPDATE
# in the request transaction. The row lock is held until the state=started update is committed, so a
# second HTTP worker blocks on the row and then finds it no longer enqueued and returns.
import threading

STATE_ENQUEUED = "enqueued"
STATE_STARTED = "started"
STATE_DONE = "done"


class LockingCursor:
    """Stub of the Odoo cursor; SELECT ... FOR UPDATE takes a per-row lock until commit."""

    rows = {}
    row_locks = {}

    def __init__(self):
        self._held = []
        self._result = None

    def run_sql(self, query, params=()):
        if "FOR UPDATE" in query:
            uuid, state = params
            lock = LockingCursor.row_locks.setdefault(uuid, threading.Lock())
            lock.acquire()
            self._held.append(lock)
            row = LockingCursor.rows.get(uuid)
            self._result = (row["state"],) if row and row["state"] == state else None

    def fetch_one(self):
        return self._result

    def commit_tx(self):
        while self._held:
            self._held.pop().release()


class RequestEnv:
    def __init__(self):
        self.cr = LockingCursor()


class QueueJob:
    def __init__(self, env, uuid, state):
        self.env = env
        self.uuid = uuid
        self.state = state

    @classmethod
    def load_row(cls, env, uuid):
        row = LockingCursor.rows[uuid]
        return cls(env, uuid, row["state"])

    def mark_started(self):
        self.state = STATE_STARTED

    def mark_done(self):
        self.state = STATE_DONE

    def save(self):
        LockingCursor.rows[self.uuid]["state"] = self.state

    def run_payload(self):
        LockingCursor.rows[self.uuid]["runs"] += 1


class LockedRunJobController:
    def _perform_job(self, env, job):
        job.mark_started()
        job.save()
        env.cr.commit_tx()

        job.run_payload()
        job.mark_done()
        job.save()
        env.cr.commit_tx()

    def runjob_locked(self, db, job_uuid):
        env = RequestEnv()
        # ensure the job to run is in the correct state and lock the record
        env.cr.run_sql(
            "SELECT state FROM queue_job WHERE uuid=%s AND state=%s FOR UPDATE",
            (job_uuid, STATE_ENQUEUED),
        )
        if not env.cr.fetch_one():
            env.cr.commit_tx()
            return ""
        job = QueueJob.load_row(env, job_uuid)
        self._perform_job(env, job)
        return ""


def serve_runjob(controller, uuid):
    controller.runjob_locked("db", uuid)


if __name__ == "__main__":
    LockingCursor.rows["abc"] = {"state": STATE_ENQUEUED, "runs": 0}
    ctl = LockedRunJobController()
    threads = [threading.Thread(target=serve_runjob, args=(ctl, "abc")) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(LockingCursor.rows["abc"])
