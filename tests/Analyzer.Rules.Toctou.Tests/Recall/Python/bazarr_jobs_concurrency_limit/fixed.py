# https://github.com/LavX/bazarr/pull/350
# Fixed version: _reserve_next_job() checks capacity, pops the job from pending and
# appends it to running inside one _queue_lock section; the worker thread only runs the
# already reserved job, so the running count the consumer reads is never stale.
import time
from collections import deque
from threading import Event, RLock, Thread


class QueuedJob:
    def __init__(self, job_id, seconds):
        self.job_id = job_id
        self.seconds = seconds
        self.status = 'pending'


class ReservingJobsQueue:
    def __init__(self, concurrent_jobs=1):
        self.concurrent_jobs = concurrent_jobs
        self.pending = deque()
        self.running = deque()
        self.completed = deque(maxlen=10)
        self._lock = RLock()
        self.max_seen_running = 0

    def enqueue(self, job):
        with self._lock:
            self.pending.append(job)

    def consume(self, stop):
        while not stop.is_set():
            job = self._reserve_next_job()
            if job is None:
                time.sleep(0.01)
                continue
            Thread(target=self._execute, args=(job,), daemon=True).start()

    def _reserve_next_job(self):
        with self._lock:
            if not self.pending or len(self.running) >= self.concurrent_jobs:
                return None
            job = self.pending.popleft()
            job.status = 'reserved'
            self.running.append(job)
            self.max_seen_running = max(self.max_seen_running, len(self.running))
            return job

    def _execute(self, job):
        job.status = 'running'
        time.sleep(job.seconds)
        job.status = 'completed'
        with self._lock:
            self.running.remove(job)
        self.completed.append(job)


if __name__ == '__main__':
    queue = ReservingJobsQueue(concurrent_jobs=1)
    for n in range(6):
        queue.enqueue(QueuedJob(n, 0.05))
    halt = Event()
    Thread(target=queue.consume, args=(halt,), daemon=True).start()
    time.sleep(0.5)
    halt.set()
    print('max running with limit 1:', queue.max_seen_running)
