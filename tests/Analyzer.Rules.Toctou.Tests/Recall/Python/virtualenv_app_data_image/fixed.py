# https://github.com/pypa/virtualenv/pull/1870 (issues https://github.com/pypa/virtualenv/issues/1869 and https://github.com/pypa/virtualenv/issues/1824)
# Fixed version: before testing has_image() the seeder takes a non-reentrant file lock named after the
# image (<image parent>/<stem>.lock) and keeps it until build_image() returns, so only one process or
# thread builds a given image and the others find it complete.
import contextlib
import fcntl
import os
import shutil
import sys
import zipfile
from threading import Thread

APP_DATA_DIR = os.path.expanduser("~/.local/share/virtualenv")


class AppDataLock:
    """Cross-process lock folder, one lock file per key (filelock in the real code)."""

    def __init__(self, folder):
        self.folder = folder

    @contextlib.contextmanager
    def non_reentrant_lock_for_key(self, name):
        os.makedirs(self.folder, exist_ok=True)
        with open(os.path.join(self.folder, "{}.lock".format(name)), "a") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class CopyImageInstall:
    def __init__(self, wheel, dest, image_dir):
        self._wheel = wheel
        self._dest = dest
        self._image_dir = image_dir

    def has_image(self):
        return os.path.isdir(self._image_dir) and len(os.listdir(self._image_dir)) > 0

    def build_image(self):
        os.makedirs(self._image_dir, exist_ok=True)
        with zipfile.ZipFile(self._wheel) as zip_ref:
            zip_ref.extractall(self._image_dir)
        with open(os.path.join(self._image_dir, "RECORD.fixed"), "w") as fh:
            fh.write("\n".join(sorted(os.listdir(self._image_dir))))

    def install(self):
        shutil.copytree(self._image_dir, self._dest, dirs_exist_ok=True)


class LockedFromAppData:
    def __init__(self, wheels, py_version):
        self.wheels = wheels
        self.py_version = py_version

    def image_path(self, stem):
        return os.path.join(APP_DATA_DIR, "wheel", self.py_version, "image", "1", "CopyImageInstall", stem)

    def seed(self, dest):
        def _install_one(name, wheel):
            stem = os.path.splitext(os.path.basename(wheel))[0]
            wheel_img = self.image_path(stem)
            installer = CopyImageInstall(wheel, os.path.join(dest, name), wheel_img)
            parent = AppDataLock(os.path.dirname(wheel_img))
            with parent.non_reentrant_lock_for_key(os.path.basename(wheel_img)):
                if not installer.has_image():
                    installer.build_image()
            installer.install()

        threads = [Thread(target=_install_one, args=(n, w)) for n, w in self.wheels.items()]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


if __name__ == "__main__":
    seeder = LockedFromAppData({"pip": sys.argv[1], "setuptools": sys.argv[2]}, "3.8")
    seeder.seed(sys.argv[3])
