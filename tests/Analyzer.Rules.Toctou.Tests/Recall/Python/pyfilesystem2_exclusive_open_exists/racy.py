# https://github.com/PyFilesystem/pyfilesystem2/issues/182
# On Python 2, OSFS emulated exclusive mode ("x") by first calling exists() and
# raising FileExists, then opening the path with a normal create/truncate open.
# Another process can create the file between the check and io.open, and the
# "exclusive" open then silently truncates it. Fix (PR #189/#215): os.open with
# O_CREAT | O_EXCL so the kernel performs the existence test atomically.
import io
import os
import threading


class FileExists(Exception):
    pass


class Mode(object):
    def __init__(self, mode):
        self._mode = mode

    @property
    def exclusive(self):
        return "x" in self._mode

    def to_platform_bin(self):
        return self._mode.replace("x", "w").replace("t", "") + ("b" if "b" not in self._mode else "")


class OSFS(object):
    def __init__(self, root_path):
        self.root_path = os.path.abspath(root_path)
        self._lock = threading.RLock()

    def _to_sys_path(self, path):
        return os.path.join(self.root_path, path.lstrip("/").replace("/", os.sep))

    def exists(self, path):
        return os.path.exists(self._to_sys_path(path))

    def openbin(self, path, mode="r", buffering=-1):
        _mode = Mode(mode)
        sys_path = self._to_sys_path(path)
        if _mode.exclusive and self.exists(path):
            raise FileExists(path)
        binary_file = io.open(sys_path, mode=_mode.to_platform_bin(), buffering=buffering)  # Noncompliant
        return binary_file

    def remove(self, path):
        os.remove(self._to_sys_path(path))
