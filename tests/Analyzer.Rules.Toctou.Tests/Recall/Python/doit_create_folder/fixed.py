# https://github.com/pydoit/doit/pull/131
# Fixed version: os.makedirs(exist_ok=True) creates the folder without a separate existence check,
# so parallel tasks creating the same folder no longer fail.
import os
from multiprocessing import Pool


def ensure_folder(dir_path):
    """Create a folder in the given path if it doesn't exist yet."""
    os.makedirs(dir_path, exist_ok=True)


def compile_target(args):
    out_dir, name = args
    ensure_folder(out_dir)
    with open(os.path.join(out_dir, name + ".o"), "w") as f:
        f.write(name)
    return name


def dispatch_tasks(out_dir, names, num_process=4):
    with Pool(num_process) as pool:
        return pool.map(compile_target, [(out_dir, n) for n in names])


if __name__ == "__main__":
    dispatch_tasks("build/obj", ["a", "b", "c", "d", "e", "f"])
