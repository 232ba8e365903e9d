# https://github.com/learningequality/kolibri/pull/11591 (issue #11350)
# Fixed version: a single lock guards job_future_mapping / future_job_mapping, so the
# membership check in check_jobs and the lookup in cancel happen while the done-callback
# on the pool thread cannot delete the entries (the fix added locks around every
# critical section touching the two maps).
import threading
import time
from concurrent.futures import CancelledError, ThreadPoolExecutor


class QueuedJob(object):
    def __init__(self, job_id, func):
        self.job_id = job_id
        self.func = func


class LockedWorker(object):
    def __init__(self, storage, num_workers=3):
        self.storage = storage
        self.num_workers = num_workers
        self.job_future_mapping = {}
        self.future_job_mapping = {}
        self.mapping_lock = threading.RLock()
        self.workers = ThreadPoolExecutor(max_workers=num_workers)
        self.job_checker = threading.Thread(target=self.poll_jobs_forever, daemon=True)
        self.job_checker.start()

    def on_future_done(self, future):
        with self.mapping_lock:
            job = self.job_future_mapping.pop(future)
            del self.future_job_mapping[job.job_id]
        try:
            future.result()
        except CancelledError:
            self.storage.mark_job_as_canceled(job.job_id)
            return
        self.storage.complete_job(job.job_id)

    def launch_job(self, job):
        with self.mapping_lock:
            future = self.workers.submit(job.func)
            self.job_future_mapping[future] = job
            self.future_job_mapping[job.job_id] = future
        future.add_done_callback(self.on_future_done)
        return future

    def poll_jobs(self):
        while True:
            with self.mapping_lock:
                busy = len(self.future_job_mapping)
            if busy >= self.num_workers:
                break
            job = self.storage.get_next_queued_job()
            if job is None:
                break
            self.launch_job(job)
        for job_id in self.storage.get_canceling_jobs():
            with self.mapping_lock:
                if job_id in self.future_job_mapping:
                    self.request_cancel(job_id)
                    continue
            self.storage.mark_job_as_canceled(job_id)

    def request_cancel(self, job_id):
        # Caller holds mapping_lock (re-entrant: cancel() may run the done callback).
        future = self.future_job_mapping[job_id]
        return future.cancel()

    def poll_jobs_forever(self):
        while True:
            self.poll_jobs()
            time.sleep(0.2)
