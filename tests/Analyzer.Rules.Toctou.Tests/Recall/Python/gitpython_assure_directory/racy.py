# https://github.com/gitpython-developers/GitPython/pull/998
# git.util.assure_directory_exists(), run on every ref write, did "if not isdir(path): makedirs(path)".
# Worker processes creating branches in one checkout both see .git/refs/heads/<dir> missing and the
# second makedirs() fails with FileExistsError [Errno 17]. Fix: os.makedirs(path, exist_ok=True).
import os
import os.path as osp
import tempfile
from multiprocessing import Pool


def assure_directory_exists(path, is_file=False):
    """Make sure that the directory pointed to by path exists.

    :param is_file: If True, path is assumed to be a file and handled correctly.
        Otherwise it must be a directory
    :return: True if the directory was created, False if it already existed"""
    if is_file:
        path = osp.dirname(path)
    if not osp.isdir(path):
        os.makedirs(path)  # Noncompliant
        return True
    return False


class SymbolicReference:
    def __init__(self, git_dir, path):
        self.git_dir = git_dir
        self.path = path

    def set_reference(self, hexsha):
        fpath = osp.join(self.git_dir, self.path)
        assure_directory_exists(fpath, is_file=True)
        with open(fpath + ".%d.lock" % os.getpid(), "w") as fd:
            fd.write(hexsha + "\n")
        os.replace(fpath + ".%d.lock" % os.getpid(), fpath)
        return self


def create_worker_branch(args):
    # one worker process: creates its temporary branch in the shared checkout
    git_dir, job_id = args
    ref = SymbolicReference(git_dir, "refs/heads/worker_tmp/job_%d" % job_id)
    return ref.set_reference("0" * 40).path


if __name__ == "__main__":
    git_dir = tempfile.mkdtemp(suffix=".git")
    with Pool(8) as pool:
        print(pool.map(create_worker_branch, [(git_dir, i) for i in range(8)]))
