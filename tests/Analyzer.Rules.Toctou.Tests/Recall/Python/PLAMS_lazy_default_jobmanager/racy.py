# https://github.com/SCM-NV/PLAMS/pull/186
# The global config creates its default JobManager / JobRunner lazily on first
# access. Jobs run from several threads can all see None and each build a
# JobManager (each one creating its own working folder), so jobs end up
# registered with different managers. Fix: a lock on the config guards the
# None check and the assignment.
import threading


class JobManager(object):
    def __init__(self, settings, path=None, folder=None):
        self.settings = settings
        self.path = path
        self.folder = folder
        self.jobs = []


class JobRunner(object):
    def __init__(self, parallel=False, maxjobs=0):
        self.parallel = parallel
        self.maxjobs = maxjobs


class Config(dict):
    def __init__(self):
        super().__init__()
        self._default_jobmanager = None
        self._default_jobrunner = None
        self.jobmanager = {"hashing": "input", "counter_len": 3}

    @property
    def default_jobmanager(self):
        if self._default_jobmanager is None:
            self._default_jobmanager = JobManager(self.jobmanager)  # Noncompliant
        return self._default_jobmanager

    @property
    def default_jobrunner(self):
        if self._default_jobrunner is None:
            self._default_jobrunner = JobRunner()  # Noncompliant
        return self._default_jobrunner


config = Config()


def run_job(job):
    manager = config.default_jobmanager
    manager.jobs.append(job)
    return config.default_jobrunner


def run_all(jobs):
    threads = [threading.Thread(target=run_job, args=(j,)) for j in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
