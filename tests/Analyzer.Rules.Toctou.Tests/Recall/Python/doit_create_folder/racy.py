# https://github.com/pydoit/doit/pull/131
# doit.tools.create_folder() checked os.path.exists() and then called os.makedirs(); with
# `doit -n N` several tasks run in parallel and create the same folder, so a task that saw
# "missing" fails when another task creates it first. Fix: os.makedirs(dir_path, exist_ok=True).
import os
from multiprocessing import Pool


def create_folder(dir_path):
    """Create a folder in the given path if it doesn't exist yet."""
    if not os.path.exists(dir_path):
        os.makedirs(dir_path)  # Noncompliant


def build_target(args):
    out_dir, name = args
    create_folder(out_dir)
    with open(os.path.join(out_dir, name + ".o"), "w") as f:
        f.write(name)
    return name


def run_tasks(out_dir, names, num_process=4):
    # doit's MRunner dispatches independent tasks to worker processes
    with Pool(num_process) as pool:
        return pool.map(build_target, [(out_dir, n) for n in names])


if __name__ == "__main__":
    run_tasks("build/obj", ["a", "b", "c", "d", "e", "f"])
