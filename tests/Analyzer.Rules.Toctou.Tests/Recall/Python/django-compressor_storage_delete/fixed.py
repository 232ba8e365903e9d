# https://github.com/django-compressor/django-compressor/pull/160
# Fixed version: the compressor storage overrides delete() so that an OSError with errno ENOENT (the
# file was already removed by a concurrent request) is ignored; other errors still propagate.
import errno
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor


class BaseFileStorage:
    def __init__(self, location):
        self.location = location

    def full_path(self, name):
        return os.path.join(self.location, name)

    def has(self, name):
        return os.path.exists(self.full_path(name))

    def remove(self, name):
        os.remove(self.full_path(name))

    def free_name(self, name):
        return name

    def store(self, name, content):
        name = self.free_name(name)
        target = self.full_path(name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w") as fh:
            fh.write(content)
        return name


class CompressorStorage(BaseFileStorage):
    """Storage for files handled by django-compressor: keeps predictable names."""

    def free_name(self, name):
        """Deletes the given file if it exists."""
        if self.has(name):
            self.remove(name)
        return name

    def remove(self, name):
        """Handle the deletion race present in Django prior to 1.4."""
        try:
            super().remove(name)
        except OSError as e:
            if e.errno != errno.ENOENT:
                raise


def output_file(storage, content):
    return storage.store("CACHE/css/output.5840362cca8f.css", content)


if __name__ == "__main__":
    root_dir = tempfile.mkdtemp()
    compressor_storage = CompressorStorage(root_dir)
    compressor_storage.store("CACHE/css/output.5840362cca8f.css", "/* old */")
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = [pool.submit(output_file, compressor_storage, "body{}") for _ in range(200)]
    print(sum(1 for r in results if r.exception()))
    shutil.rmtree(root_dir)
