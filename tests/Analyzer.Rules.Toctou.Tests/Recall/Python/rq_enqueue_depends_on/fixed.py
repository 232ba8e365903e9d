# https://github.com/rq/rq/pull/494 (issue https://github.com/rq/rq/issues/487)
# Fixed version: pipe.multi() is called right after the status check, so the dependents-set write is
# queued and only applied by EXEC if the WATCHed job hash of A is unchanged; otherwise EXEC raises
# WatchError, the loop re-reads A's status and enqueues the job directly once A is finished.
import threading

FINISHED, STARTED, DEFERRED, QUEUED = "finished", "started", "deferred", "queued"


class WatchConflictError(Exception):
    """Raised by EXEC when a WATCHed key changed."""


class RedisStub:
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


class TxPipeline:  # redis-py: after watch(), commands run immediately until multi() is called
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
                raise WatchConflictError("Watched variable changed.")
            for args in ops:
                self.conn.sadd(*args)


class RqJob:
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


class RqQueue:
    def __init__(self, connection):
        self.connection, self.jobs = connection, []

    def enqueue_job(self, job):
        job.set_status(QUEUED)
        self.jobs.append(job.id)
        return job

    def enqueue_with_dependency(self, job_id, depends_on=None):
        job = RqJob(job_id, self.connection, depends_on)
        if depends_on is not None:
            pipe = TxPipeline(self.connection)
            while True:
                try:
                    pipe.watch(depends_on.key)
                    if depends_on.get_status() != FINISHED:
                        pipe.multi()
                        job.set_status(DEFERRED)
                        job.register_dependency(pipeline=pipe)
                        pipe.execute()
                        return job
                    break
                except WatchConflictError:
                    continue
        return self.enqueue_job(job)

    def enqueue_dependents(self, job):
        for job_id in self.connection.spop_all(job.dependents_key):
            self.enqueue_job(RqJob(job_id, self.connection))


def finish_parent_job(queue, job):  # Worker.perform_job(): mark finished, then release dependents
    job.set_status(FINISHED)
    queue.enqueue_dependents(job)


if __name__ == "__main__":
    redis = RedisStub()
    q = RqQueue(redis)
    parent = q.enqueue_job(RqJob("A", redis))
    parent.set_status(STARTED)  # the worker is running A
    worker = threading.Thread(target=finish_parent_job, args=(q, parent))
    worker.start()
    q.enqueue_with_dependency("B", depends_on=parent)
    worker.join()
    print(q.jobs)
