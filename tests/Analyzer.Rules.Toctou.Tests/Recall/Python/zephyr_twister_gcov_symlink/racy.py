# https://github.com/zephyrproject-rtos/zephyr/issues/93220
# https://github.com/zephyrproject-rtos/zephyr/pull/93608
# With --coverage and several jobs, every twister pipeline worker process runs the
# per-instance coverage step, and with an LLVM toolchain each one calls
# try_making_symlink(llvm-cov, <outdir>/gcov) for the same shared link. The helper first
# checked whether the link existed and only then called os.symlink(); another worker
# could create the link in between, so os.symlink() raised FileExistsError and the
# fallback copy failed too, crashing twister at startup. Fix: create the link
# opportunistically, handle FileExistsError, and swap a wrong link in with os.replace().
import filecmp
import logging
import os
import shutil
from multiprocessing import Process

logger = logging.getLogger("twister")


def try_making_symlink(source, link):
    if os.path.exists(link):
        if os.path.islink(link):
            if os.readlink(link) == source:
                return
        elif filecmp.cmp(source, link):
            return
        os.remove(link)  # Noncompliant
    try:
        os.symlink(source, link)  # Noncompliant
    except OSError as e:
        logger.error("Error creating symlink: %s, attempting to copy.", e)
        shutil.copy(source, link)


def run_coverage_instance(outdir, llvm_cov):
    gcov_link = os.path.join(outdir, "gcov")
    try_making_symlink(llvm_cov, gcov_link)
    return gcov_link


def pipeline_worker(outdir, llvm_cov, instances):
    for _ in instances:
        run_coverage_instance(outdir, llvm_cov)


if __name__ == "__main__":
    out = "twister-out"
    os.makedirs(out, exist_ok=True)
    jobs = [Process(target=pipeline_worker, args=(out, "/usr/lib/llvm-19/bin/llvm-cov", range(3))) for _ in range(8)]
    for j in jobs:
        j.start()
    for j in jobs:
        j.join()
