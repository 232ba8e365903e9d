# https://github.com/aiidateam/aiida-core/pull/4912
# Fixed: the sandbox directory is created with os.makedirs(..., exist_ok=True), so a
# directory made by a concurrent worker is accepted instead of raising FileExistsError.
import os
import shutil
import tempfile
from multiprocessing import Process

REPO_BASE = os.path.join(tempfile.gettempdir(), "aiida-repo-demo")


class WorkFolder:
    def __init__(self, abspath):
        self.abspath = abspath

    def write_text(self, name, content):
        with open(os.path.join(self.abspath, name), "w") as handle:
            handle.write(content)


class SafeJobSandbox(WorkFolder):
    def __init__(self):
        sandbox_dir = os.path.join(REPO_BASE, "sandbox")
        os.makedirs(sandbox_dir, exist_ok=True)
        super().__init__(tempfile.mkdtemp(dir=sandbox_dir))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        shutil.rmtree(self.abspath, ignore_errors=True)


def upload_job_files(job_id):
    with SafeJobSandbox() as folder:
        folder.write_text("aiida.in", f"calculation {job_id}\n")


if __name__ == "__main__":
    procs = [Process(target=upload_job_files, args=(i,)) for i in range(8)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
