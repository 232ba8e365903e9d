# https://github.com/zephyrproject-rtos/zephyr/pull/93608
# Fixed: os.symlink() is attempted first and FileExistsError is handled; a wrong link is
# replaced atomically by symlinking a unique temp name and os.replace()-ing it over the link.
import filecmp
import logging
import os
import shutil
from multiprocessing import Process

log = logging.getLogger("twister")


def make_link_atomically(source, link):
    link_error = None
    try:
        os.symlink(source, link)
    except FileExistsError:
        if os.path.islink(link):
            if os.readlink(link) == source:
                return
        elif filecmp.cmp(source, link):
            return
        temp_name = f"{link}.{os.urandom(8).hex()}"
        try:
            os.symlink(source, temp_name)
            os.replace(temp_name, link)
        except OSError as e:
            link_error = e
    except OSError as e:
        link_error = e

    if link_error:
        log.error("Error creating symlink: %s, attempting to copy.", link_error)
        temp_name = f"{link}.{os.urandom(8).hex()}"
        shutil.copy(source, temp_name)
        os.replace(temp_name, link)


def coverage_for_instance(outdir, llvm_cov):
    gcov_path = os.path.join(outdir, "gcov")
    make_link_atomically(llvm_cov, gcov_path)
    return gcov_path


def coverage_worker(outdir, llvm_cov, instances):
    for _ in instances:
        coverage_for_instance(outdir, llvm_cov)


if __name__ == "__main__":
    target = "twister-out"
    os.makedirs(target, exist_ok=True)
    procs = [Process(target=coverage_worker, args=(target, "/usr/lib/llvm-19/bin/llvm-cov", range(3))) for _ in range(8)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
