# https://github.com/GalSim-developers/GalSim/pull/777
# Fixed version: makedirs is attempted and an "already exists" error is tolerated as
# long as the path really is a directory, so a concurrent creator is harmless.
import errno
import os
from multiprocessing import Process


def make_output_dir(target):
    d = os.path.dirname(target)
    if d == '':
        return
    try:
        os.makedirs(d)
    except OSError as err:
        if err.errno != errno.EEXIST or not os.path.isdir(d):
            raise


def save_output(file_name, text):
    make_output_dir(file_name)
    with open(file_name, 'w') as f:
        f.write(text)


def run_outputs(file_names, nproc):
    if nproc <= 1:
        for name in file_names:
            save_output(name, name)
        return
    jobs = [Process(target=save_output, args=(name, name)) for name in file_names]
    for j in jobs:
        j.start()
    for j in jobs:
        j.join()
