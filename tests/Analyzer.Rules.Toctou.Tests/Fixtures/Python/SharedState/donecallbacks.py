import functools
from concurrent.futures import ThreadPoolExecutor

# Each job's done-callback runs on the worker thread that finished the job, so the callbacks of jobs that end together
# run at once. An asyncio future's callbacks run one at a time on its event loop.


class JobBoard:
    def __init__(self):
        self.pool = ThreadPoolExecutor(4)
        self.results = {}

    def run_all(self, jobs):
        for key, work in jobs.items():
            future = self.pool.submit(work)
            future.add_done_callback(functools.partial(self.job_done, key))

    def job_done(self, key, future):
        if key not in self.results:  # Secondary [check]
            self.results[key] = future.result()  # Noncompliant [TOCTOU001] {{self.results is checked at line 19 and changed at line 20 by self.results[key], with no lock held at either point, while job_done is started in parallel at line 16, in a loop}}
