# https://github.com/open-iscsi/rtslib-fb/issues/74
# utils.mount_configfs() runs right after modprobe("configfs"): it tests os.path.ismount() and then
# runs `mount -t configfs`; where loading the module makes systemd/udev mount configfs itself, that
# mount lands in between, `mount` fails and rtslib raises "Cannot mount configfs".
# Fix (PR #73): on mount failure re-test ismount() and raise only if still not mounted.
import os
import subprocess

CONFIGFS_PATH = "/sys/kernel/config"


class RTSLibError(Exception):
    pass


def modprobe(module):
    process = subprocess.Popen(("modprobe", module),
                               stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    (stdoutdata, stderrdata) = process.communicate()
    if process.returncode != 0:
        raise RTSLibError(stderrdata)


def mount_configfs():
    if not os.path.ismount(CONFIGFS_PATH):
        cmdline = "mount -t configfs none " + CONFIGFS_PATH
        process = subprocess.Popen(cmdline.split(),  # Noncompliant
                                   stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        (stdoutdata, stderrdata) = process.communicate()
        if process.returncode != 0:
            raise RTSLibError("Cannot mount configfs")


class RTSRoot:
    """targetcli / target.service entry point: make sure the target stack is ready."""

    def __init__(self):
        modprobe("configfs")
        mount_configfs()
        modprobe("target_core_mod")


if __name__ == "__main__":
    RTSRoot()
