# https://github.com/LavX/bazarr/pull/350
# The consumer compared len(jobs_running_queue) with the concurrent-jobs limit under the
# lock, released it and started a worker that only later moved the job to running, so the
# next loop pass read a stale count and started another worker (limit 1 -> 2+ jobs).
# Fix: check capacity, pop pending and append running in one critical section, then spawn.
import time
from collections import deque
from threading import Event, RLock, Thread


class Job:
    def __init__(self, job_id, seconds):
        self.job_id = job_id
        self.seconds = seconds
        self.status = 'pending'


class JobsQueue:
    def __init__(self, concurrent_jobs=1):
        self.concurrent_jobs = concurrent_jobs
        self.jobs_pending_queue = deque()
        self.jobs_running_queue = deque()
        self.jobs_completed_queue = deque(maxlen=10)
        self._queue_lock = RLock()
        self.max_seen_running = 0

    def feed_jobs_pending_queue(self, job):
        with self._queue_lock:
            self.jobs_pending_queue.append(job)

    def consume_jobs_pending_queue(self, stop):
        while not stop.is_set():
            if self.jobs_pending_queue:
                with self._queue_lock:
                    can_run_job = (len(self.jobs_running_queue) < self.concurrent_jobs
                                   and len(self.jobs_pending_queue) > 0)
                if can_run_job:
                    job_thread = Thread(target=self._run_job, daemon=True)
                    job_thread.start()  # Noncompliant
                else:
                    time.sleep(0.01)
            else:
                time.sleep(0.01)

    def _event_stream(self, job):
        time.sleep(0.001)  # push a 'jobs' update to the UI over SignalR/socketio

    def _run_job(self):
        with self._queue_lock:
            if not self.jobs_pending_queue:
                return False
            job = self.jobs_pending_queue.popleft()
        job.status = 'running'
        self._event_stream(job)
        self.jobs_running_queue.append(job)
        self.max_seen_running = max(self.max_seen_running, len(self.jobs_running_queue))
        time.sleep(job.seconds)
        job.status = 'completed'
        with self._queue_lock:
            self.jobs_running_queue.remove(job)
        self.jobs_completed_queue.append(job)
        return True


if __name__ == '__main__':
    jobs_queue = JobsQueue(concurrent_jobs=1)
    for i in range(6):
        jobs_queue.feed_jobs_pending_queue(Job(i, 0.05))
    stop = Event()
    Thread(target=jobs_queue.consume_jobs_pending_queue, args=(stop,), daemon=True).start()
    time.sleep(0.5)
    stop.set()
    print('max running with limit 1:', jobs_queue.max_seen_running)
