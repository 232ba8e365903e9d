# https://github.com/PyFilesystem/pyfilesystem2/issues/182
# Fixed: exclusive mode opens the descriptor with O_CREAT | O_EXCL | O_RDWR and
# wraps it with io.open, so "file already exists" is decided by the kernel.
import errno
import io
import os
import threading


class ResourceExists(Exception):
    pass


class OpenMode(object):
    def __init__(self, mode):
        self._mode = mode

    @property
    def exclusive(self):
        return "x" in self._mode

    def to_platform_bin(self):
        return self._mode.replace("x", "w").replace("t", "") + ("b" if "b" not in self._mode else "")


class ExclusiveOSFS(object):
    def __init__(self, root_path):
        self.root_path = os.path.abspath(root_path)
        self._lock = threading.RLock()

    def _sys_path(self, path):
        return os.path.join(self.root_path, path.lstrip("/").replace("/", os.sep))

    def openbin_exclusive(self, path, mode="r", buffering=-1):
        _mode = OpenMode(mode)
        sys_path = self._sys_path(path)
        if _mode.exclusive:
            try:
                fd = os.open(sys_path, os.O_CREAT | os.O_EXCL | os.O_RDWR)
            except OSError as error:
                if error.errno == errno.EEXIST:
                    raise ResourceExists(path)
                raise
            return io.open(fd, mode=_mode.to_platform_bin(), buffering=buffering)
        return io.open(sys_path, mode=_mode.to_platform_bin(), buffering=buffering)

    def delete(self, path):
        os.remove(self._sys_path(path))
