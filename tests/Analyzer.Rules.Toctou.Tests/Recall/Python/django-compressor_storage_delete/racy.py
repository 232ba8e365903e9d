# https://github.com/django-compressor/django-compressor/pull/160
# After a deploy many requests render the same {% compress %} block and save the same CACHE/css file.
# CompressorFileStorage.get_available_name() tested self.exists(name) then called delete(name); a parallel
# request removed the file first and delete raised OSError ENOENT (issue #159, Django ticket #16108).
# Fix: CompressorFileStorage.delete() wraps the removal and ignores ENOENT.
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor


class FileSystemStorage:
    def __init__(self, location):
        self.location = location

    def path(self, name):
        return os.path.join(self.location, name)

    def exists(self, name):
        return os.path.exists(self.path(name))

    def delete(self, name):
        os.remove(self.path(name))

    def get_available_name(self, name):
        return name

    def save(self, name, content):
        name = self.get_available_name(name)
        full_path = self.path(name)
        os.makedirs(os.path.dirname(full_path), exist_ok=True)
        with open(full_path, "w") as fh:
            fh.write(content)
        return name


class CompressorFileStorage(FileSystemStorage):
    """Storage for files handled by django-compressor: keeps predictable names."""

    def get_available_name(self, name):
        """Deletes the given file if it exists."""
        if self.exists(name):
            self.delete(name)  # Noncompliant
        return name


def render_compress_tag(storage, content):
    # output_file() of the compressor for one request
    return storage.save("CACHE/css/output.5840362cca8f.css", content)


if __name__ == "__main__":
    root = tempfile.mkdtemp()
    storage = CompressorFileStorage(root)
    storage.save("CACHE/css/output.5840362cca8f.css", "/* old */")
    with ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(render_compress_tag, storage, "body{}") for _ in range(200)]
    print(sum(1 for f in futures if f.exception()))
    shutil.rmtree(root)
