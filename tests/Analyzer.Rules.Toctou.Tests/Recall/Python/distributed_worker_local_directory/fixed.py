# https://github.com/dask/distributed/pull/3972
# Fixed version: every worker simply ensures the shared directory exists with
# exist_ok=True, so a directory created by a sibling process is not an error.
import multiprocessing
import os
import tempfile


class WorkerSpace:
    def __init__(self, base_path):
        self.base_dir = os.path.abspath(base_path)

    def make_work_dir(self, prefix):
        return tempfile.mkdtemp(prefix=prefix, dir=self.base_dir)


class SafeWorker:
    def __init__(self, scheduler_ip, local_directory=None, name=None):
        self.scheduler_ip = scheduler_ip
        self.name = name
        if local_directory is None:
            local_directory = os.path.join(tempfile.gettempdir(), "dask-worker-space")

        os.makedirs(local_directory, exist_ok=True)

        self._workspace = WorkerSpace(os.path.abspath(local_directory))
        self._workdir = self._workspace.make_work_dir(prefix="worker-")
        self.local_directory = self._workdir


def _boot_worker(scheduler_ip, local_directory, name):
    SafeWorker(scheduler_ip, local_directory=local_directory, name=name)


def launch_workers(scheduler_ip, n_workers, local_directory=None):
    procs = []
    for i in range(n_workers):
        p = multiprocessing.Process(
            target=_boot_worker, args=(scheduler_ip, local_directory, i)
        )
        p.start()
        procs.append(p)
    for p in procs:
        p.join()
