# https://github.com/gitpython-developers/GitPython/pull/998
# Fixed version: the directory is created with os.makedirs(path, exist_ok=True), so a directory made by
# another process after the isdir() test is no longer an error.
import os
import os.path as osp
import tempfile
from multiprocessing import Pool


def ensure_parent_dir(path, is_file=False):
    """Make sure that the directory pointed to by path exists.

    :return: True if the directory was created, False if it already existed"""
    if is_file:
        path = osp.dirname(path)
    if not osp.isdir(path):
        os.makedirs(path, exist_ok=True)
        return True
    return False


class RefWriter:
    def __init__(self, git_dir, path):
        self.git_dir = git_dir
        self.path = path

    def write_target(self, hexsha):
        fpath = osp.join(self.git_dir, self.path)
        ensure_parent_dir(fpath, is_file=True)
        with open(fpath + ".%d.lock" % os.getpid(), "w") as fd:
            fd.write(hexsha + "\n")
        os.replace(fpath + ".%d.lock" % os.getpid(), fpath)
        return self


def create_job_branch(args):
    git_dir, job_id = args
    ref = RefWriter(git_dir, "refs/heads/worker_tmp/job_%d" % job_id)
    return ref.write_target("0" * 40).path


if __name__ == "__main__":
    git_dir = tempfile.mkdtemp(suffix=".git")
    with Pool(8) as pool:
        print(pool.map(create_job_branch, [(git_dir, i) for i in range(8)]))
