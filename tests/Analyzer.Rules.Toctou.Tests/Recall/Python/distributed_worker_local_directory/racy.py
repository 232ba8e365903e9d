# https://github.com/dask/distributed/pull/3972
# Worker.__init__ checked os.path.exists(local_directory) and then called
# os.makedirs(local_directory). The nanny starts many worker processes at once
# (LocalCluster(n_workers=16+)); two of them pass the check and the second makedirs raises
# FileExistsError, killing that worker (issue #3969). Fix: os.makedirs(..., exist_ok=True).
import multiprocessing
import os
import tempfile


class WorkSpace:
    def __init__(self, base_path):
        self.base_dir = os.path.abspath(base_path)

    def new_work_dir(self, prefix):
        return tempfile.mkdtemp(prefix=prefix, dir=self.base_dir)


class Worker:
    def __init__(self, scheduler_ip, local_directory=None, name=None):
        self.scheduler_ip = scheduler_ip
        self.name = name
        if local_directory is None:
            local_directory = os.path.join(tempfile.gettempdir(), "dask-worker-space")

        if not os.path.exists(local_directory):
            os.makedirs(local_directory)  # Noncompliant

        self._workspace = WorkSpace(os.path.abspath(local_directory))
        self._workdir = self._workspace.new_work_dir(prefix="worker-")
        self.local_directory = self._workdir


def _run_worker(scheduler_ip, local_directory, name):
    Worker(scheduler_ip, local_directory=local_directory, name=name)


def start_workers(scheduler_ip, n_workers, local_directory=None):
    procs = []
    for i in range(n_workers):
        p = multiprocessing.Process(
            target=_run_worker, args=(scheduler_ip, local_directory, i)
        )
        p.start()
        procs.append(p)
    for p in procs:
        p.join()
