# https://github.com/SCM-NV/PLAMS/pull/186
# Fixed: the lazy default JobManager / JobRunner are created under a lock held
# across the None check and the assignment.
import threading


class SafeJobManager(object):
    def __init__(self, settings, path=None, folder=None):
        self.settings = settings
        self.path = path
        self.folder = folder
        self.jobs = []


class SafeJobRunner(object):
    def __init__(self, parallel=False, maxjobs=0):
        self.parallel = parallel
        self.maxjobs = maxjobs


class LockedConfig(dict):
    def __init__(self):
        super().__init__()
        self._lock = threading.RLock()
        self._default_jobmanager = None
        self._default_jobrunner = None
        self.jobmanager = {"hashing": "input", "counter_len": 3}

    @property
    def default_jobmanager(self):
        with self._lock:
            if self._default_jobmanager is None:
                self._default_jobmanager = SafeJobManager(self.jobmanager)
            return self._default_jobmanager

    @property
    def default_jobrunner(self):
        with self._lock:
            if self._default_jobrunner is None:
                self._default_jobrunner = SafeJobRunner()
            return self._default_jobrunner


locked_config = LockedConfig()


def run_job_safely(job):
    manager = locked_config.default_jobmanager
    manager.jobs.append(job)
    return locked_config.default_jobrunner


def run_all_safely(jobs):
    threads = [threading.Thread(target=run_job_safely, args=(j,)) for j in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
