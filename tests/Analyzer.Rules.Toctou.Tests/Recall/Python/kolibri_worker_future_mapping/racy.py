# https://github.com/learningequality/kolibri/pull/11591 (issue #11350)
# The task Worker keeps job_id -> future maps. The JOBCHECKER thread checks
# `job_id in self.future_job_mapping` and then cancel() indexes the map, while the
# done-callback handle_finished_future (run on a pool thread) deletes the entries in
# between -> intermittent KeyError. Fix: one lock around every access/modification.
import threading
import time
from concurrent.futures import CancelledError, ThreadPoolExecutor


class Job(object):
    def __init__(self, job_id, func):
        self.job_id = job_id
        self.func = func


class Worker(object):
    def __init__(self, storage, num_workers=3):
        self.storage = storage
        self.num_workers = num_workers
        # Key: future object, Value: job object
        self.job_future_mapping = {}
        # Key: job_id, Value: future object
        self.future_job_mapping = {}
        self.workers = ThreadPoolExecutor(max_workers=num_workers)
        self.job_checker = threading.Thread(target=self.check_jobs_forever, daemon=True)
        self.job_checker.start()

    def handle_finished_future(self, future):
        job = self.job_future_mapping[future]
        del self.job_future_mapping[future]
        del self.future_job_mapping[job.job_id]
        try:
            future.result()
        except CancelledError:
            self.storage.mark_job_as_canceled(job.job_id)
            return
        self.storage.complete_job(job.job_id)

    def start_next_job(self, job):
        future = self.workers.submit(job.func)
        self.job_future_mapping[future] = job
        self.future_job_mapping[job.job_id] = future
        future.add_done_callback(self.handle_finished_future)
        return future

    def check_jobs(self):
        while len(self.future_job_mapping) < self.num_workers:
            job = self.storage.get_next_queued_job()
            if job is None:
                break
            self.start_next_job(job)
        for job_id in self.storage.get_canceling_jobs():
            if job_id in self.future_job_mapping:
                self.cancel(job_id)
            else:
                self.storage.mark_job_as_canceled(job_id)

    def cancel(self, job_id):
        future = self.future_job_mapping[job_id]  # Noncompliant
        return future.cancel()

    def check_jobs_forever(self):
        while True:
            self.check_jobs()
            time.sleep(0.2)
