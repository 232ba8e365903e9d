# https://github.com/GalSim-developers/GalSim/pull/777
# ensure_dir() called os.makedirs only after os.path.exists said the output directory
# was missing. When many parallel jobs write files into the same new directory, another
# process can create it between the check and makedirs, which then fails with
# OSError errno 17 (File exists). The fix catches that error and accepts it when the
# path is now a directory.
import os
from multiprocessing import Process


def ensure_dir(target):
    d = os.path.dirname(target)
    if d != '' and not os.path.exists(d):
        os.makedirs(d)  # Noncompliant


def write_output_file(file_name, text):
    ensure_dir(file_name)
    with open(file_name, 'w') as f:
        f.write(text)


def build_files(file_names, nproc):
    if nproc <= 1:
        for name in file_names:
            write_output_file(name, name)
        return
    workers = [Process(target=write_output_file, args=(name, name)) for name in file_names]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
