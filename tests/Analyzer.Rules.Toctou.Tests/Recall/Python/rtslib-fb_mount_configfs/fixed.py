# https://github.com/open-iscsi/rtslib-fb/pull/73
# Fixed shape of mount_configfs(): a failed `mount` is tolerated when configfs turns out to be
# mounted after all (someone else mounted it after our ismount() test); the error is raised
# only if the path is still not a mount point.
import os
import subprocess

CONFIGFS_MOUNTPOINT = "/sys/kernel/config"


class TargetLibError(Exception):
    pass


def load_kernel_module(module):
    process = subprocess.Popen(("modprobe", module),
                               stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    (stdoutdata, stderrdata) = process.communicate()
    if process.returncode != 0:
        raise TargetLibError(stderrdata)


def ensure_configfs_mounted():
    if not os.path.ismount(CONFIGFS_MOUNTPOINT):
        cmdline = "mount -t configfs none " + CONFIGFS_MOUNTPOINT
        process = subprocess.Popen(cmdline.split(),
                                   stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        (stdoutdata, stderrdata) = process.communicate()
        if process.returncode != 0 and not os.path.ismount(CONFIGFS_MOUNTPOINT):
            raise TargetLibError("Cannot mount configfs")


class TargetRoot:
    def __init__(self):
        load_kernel_module("configfs")
        ensure_configfs_mounted()
        load_kernel_module("target_core_mod")


if __name__ == "__main__":
    TargetRoot()
