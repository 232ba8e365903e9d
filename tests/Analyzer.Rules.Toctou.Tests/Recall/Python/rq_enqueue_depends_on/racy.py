# https://github.com/rq/rq/pull/494 (issue https://github.com/rq/rq/issues/487)
# Queue.enqueue_call(depends_on=A) WATCHes A's hash, reads A's status and, if A is not finished, registers
# the new job in A's dependents set. pipe.multi() was never called, so redis-py ran those writes at once and
# WATCH guarded nothing: if the worker finishes A and drains its dependents in between, the new job stays
# deferred forever. Fix: pipe.multi() after the check, so EXEC aborts with WatchError and the loop retries.
import threading

FINISHED, STARTED, DEFERRED, QUEUED = "finished", "started", "deferred", "queued"


class WatchError(Exception):
    """Raised by EXEC when a WATCHed key changed."""


class FakeRedis:
    def __init__(self):
        self.data, self.versions, self.lock = {}, {}, threading.RLock()

    def hset(self, key, field, value):
        with self.lock:
            self.data.setdefault(key, {})[field] = value
            self.versions[key] = self.versions.get(key, 0) + 1

    def hget(self, key, field):
        return self.data.get(key, {}).get(field)

    def sadd(self, key, member):
        with self.lock:
            self.data.setdefault(key, set()).add(member)

    def spop_all(self, key):
        with self.lock:
            return list(self.data.pop(key, set()))


class Pipeline:  # redis-py: after watch(), commands run immediately until multi() is called
    def __init__(self, conn):
        self.conn, self.watched, self.queued = conn, {}, None

    def watch(self, key):
        self.watched = {key: self.conn.versions.get(key, 0)}

    def multi(self):
        self.queued = []

    def sadd(self, *args):
        self.conn.sadd(*args) if self.queued is None else self.queued.append(args)

    def execute(self):
        with self.conn.lock:
            changed = any(self.conn.versions.get(k, 0) != v for k, v in self.watched.items())
            ops, self.queued, self.watched = self.queued or [], None, {}
            if changed and ops:
                raise WatchError("Watched variable changed.")
            for args in ops:
                self.conn.sadd(*args)


class Job:
    def __init__(self, job_id, connection, depends_on=None):
        self.id, self.connection, self.depends_on = job_id, connection, depends_on
        self.key = "rq:job:" + job_id
        self.dependents_key = self.key + ":dependents"

    def get_status(self):
        return self.connection.hget(self.key, "status")

    def set_status(self, status):
        self.connection.hset(self.key, "status", status)

    def register_dependency(self, pipeline=None):
        (pipeline or self.connection).sadd(self.depends_on.dependents_key, self.id)


class Queue:
    def __init__(self, connection):
        self.connection, self.jobs = connection, []

    def enqueue_job(self, job):
        job.set_status(QUEUED)
        self.jobs.append(job.id)
        return job

    def enqueue_call(self, job_id, depends_on=None):
        job = Job(job_id, self.connection, depends_on)
        if depends_on is not None:
            pipe = Pipeline(self.connection)
            while True:
                try:
                    pipe.watch(depends_on.key)
                    if depends_on.get_status() != FINISHED:
                        job.set_status(DEFERRED)
                        job.register_dependency(pipeline=pipe)  # Noncompliant
                        pipe.execute()
                        return job
                    break
                except WatchError:
                    continue
        return self.enqueue_job(job)

    def enqueue_dependents(self, job):
        for job_id in self.connection.spop_all(job.dependents_key):
            self.enqueue_job(Job(job_id, self.connection))


def worker_perform(queue, job):  # Worker.perform_job(): mark finished, then release dependents
    job.set_status(FINISHED)
    queue.enqueue_dependents(job)


if __name__ == "__main__":
    redis = FakeRedis()
    q = Queue(redis)
    parent = q.enqueue_job(Job("A", redis))
    parent.set_status(STARTED)  # the worker is running A
    worker = threading.Thread(target=worker_perform, args=(q, parent))
    worker.start()
    q.enqueue_call("B", depends_on=parent)
    worker.join()
    print(q.jobs)
