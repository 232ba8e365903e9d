# https://github.com/pypa/virtualenv/pull/1870 (issues https://github.com/pypa/virtualenv/issues/1869 and https://github.com/pypa/virtualenv/issues/1824)
# FromAppData.run() installs each seed wheel from a shared app-data "image" folder: if the image does
# not exist yet it is built (wheel extracted into the folder). Several virtualenv processes (and the
# per-wheel threads) check has_image() and build into the same folder at once, corrupting the image.
# Fix: hold a per-image file lock from the app-data lock folder across the has_image()/build_image() pair.
import os
import shutil
import sys
import zipfile
from threading import Thread

APP_DATA = os.path.expanduser("~/.local/share/virtualenv")


class CopyPipInstall:
    def __init__(self, wheel, dest, image_dir):
        self._wheel = wheel
        self._dest = dest
        self._image_dir = image_dir

    def has_image(self):
        return os.path.isdir(self._image_dir) and len(os.listdir(self._image_dir)) > 0  # Noncompliant

    def build_image(self):
        os.makedirs(self._image_dir, exist_ok=True)
        with zipfile.ZipFile(self._wheel) as zip_ref:
            zip_ref.extractall(self._image_dir)
        with open(os.path.join(self._image_dir, "RECORD.fixed"), "w") as fh:
            fh.write("\n".join(sorted(os.listdir(self._image_dir))))

    def install(self):
        shutil.copytree(self._image_dir, self._dest, dirs_exist_ok=True)


class FromAppData:
    def __init__(self, wheels, py_version):
        self.wheels = wheels
        self.py_version = py_version

    def wheel_image(self, stem):
        return os.path.join(APP_DATA, "wheel", self.py_version, "image", "1", "CopyPipInstall", stem)

    def run(self, dest):
        def _install(name, wheel):
            stem = os.path.splitext(os.path.basename(wheel))[0]
            installer = CopyPipInstall(wheel, os.path.join(dest, name), self.wheel_image(stem))
            if not installer.has_image():
                installer.build_image()  # Noncompliant
            installer.install()

        threads = [Thread(target=_install, args=(n, w)) for n, w in self.wheels.items()]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


if __name__ == "__main__":
    # typically launched many times in parallel: `parallel python -m virtualenv ::: $(seq 10)`
    seeder = FromAppData({"pip": sys.argv[1], "setuptools": sys.argv[2]}, "3.8")
    seeder.run(sys.argv[3])
