# https://github.com/aiidateam/aiida-core/issues/4911
# https://github.com/aiidateam/aiida-core/pull/4912
# Several AiiDA daemon worker processes upload calculation jobs at the same time; each
# upload opens a SandboxFolder, whose constructor checked os.path.exists() on the shared
# repository "sandbox" directory and then called os.makedirs() on it. A second worker could
# create the directory in between, so makedirs raised FileExistsError and the upload
# failed. The fix calls os.makedirs(..., exist_ok=True) without the separate check.
import os
import shutil
import tempfile
from multiprocessing import Process

REPOSITORY_ROOT = os.path.join(tempfile.gettempdir(), "aiida-repo-demo")


class ScratchFolder:
    def __init__(self, abspath):
        self.abspath = abspath

    def create_file(self, name, content):
        with open(os.path.join(self.abspath, name), "w") as handle:
            handle.write(content)


class JobSandbox(ScratchFolder):
    def __init__(self):
        sandbox = os.path.join(REPOSITORY_ROOT, "sandbox")
        if not os.path.exists(sandbox):
            os.makedirs(sandbox)  # Noncompliant
        super().__init__(tempfile.mkdtemp(dir=sandbox))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        shutil.rmtree(self.abspath, ignore_errors=True)


def upload_calcjob(calc_id):
    with JobSandbox() as folder:
        folder.create_file("aiida.in", f"calculation {calc_id}\n")


if __name__ == "__main__":
    workers = [Process(target=upload_calcjob, args=(i,)) for i in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
