# https://github.com/OCA/queue/pull/131
# RunJobController.runjob() loads the queue_job row, commits, and _try_perform_job() then checks
# job.state == ENQUEUED before storing state=started. When starting a job takes more than a second
# the jobrunner re-sends /queue_job/runjob, so two HTTP workers both read ENQUEUED and run the same
# job in parallel. Fix: runjob() selects the row WHERE state='enqueued' FOR UPDATE before loading it.
import threading

ENQUEUED = "enqueued"
STARTED = "started"
DONE = "done"


class Cursor:
    """Stub of the Odoo cursor; the queue_job table is shared by all HTTP workers."""

    table = {}

    def execute(self, query, params=()):
        self._last = (query, params)

    def commit(self):
        pass


class Env:
    def __init__(self):
        self.cr = Cursor()


class Job:
    def __init__(self, env, uuid, state):
        self.env = env
        self.uuid = uuid
        self.state = state

    @classmethod
    def load(cls, env, uuid):
        row = Cursor.table.get(uuid)
        if row is None:
            return None
        return cls(env, uuid, row["state"])

    def set_started(self):
        self.state = STARTED

    def set_done(self):
        self.state = DONE

    def store(self):
        self.env.cr.execute("UPDATE queue_job SET state=%s WHERE uuid=%s", (self.state, self.uuid))
        Cursor.table[self.uuid]["state"] = self.state

    def perform(self):
        Cursor.table[self.uuid]["runs"] += 1


class RunJobController:
    def _load_job(self, env, job_uuid):
        return Job.load(env, job_uuid)

    def _try_perform_job(self, env, job):
        # if the job has been manually set to DONE or PENDING, or something
        # tries to run a job that is not enqueued, stop
        if job.state != ENQUEUED:
            return
        job.set_started()
        job.store()  # Noncompliant
        env.cr.commit()

        job.perform()
        job.set_done()
        job.store()
        env.cr.commit()

    def runjob(self, db, job_uuid):
        env = Env()
        job = self._load_job(env, job_uuid)
        if job is None:
            return ""
        env.cr.commit()
        self._try_perform_job(env, job)
        return ""


def http_worker(controller, uuid):
    controller.runjob("db", uuid)


if __name__ == "__main__":
    Cursor.table["abc"] = {"state": ENQUEUED, "runs": 0}
    controller = RunJobController()
    # the jobrunner asks twice for the same job (requeued because it did not start in time)
    workers = [threading.Thread(target=http_worker, args=(controller, "abc")) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(Cursor.table["abc"])
