# https://github.com/ray-project/ray/pull/13649
# FileSystemStorage spills objects as files under directory_path; IO worker processes
# delete spilled files concurrently. destroy_external_storage (run on SIGINT / shutdown)
# checks the directory exists and then rmtree()s it, but IO workers may remove files or the
# directory in between, so rmtree raises FileNotFoundError. The merged fix loops while the
# directory exists and tolerates FileNotFoundError from the concurrent deleters.
import logging
import os
import shutil
import uuid

logger = logging.getLogger(__name__)


class FileSystemStorage:
    def __init__(self, directory_path):
        self.directory_path = os.path.join(directory_path, "ray_spilled_objects")
        os.makedirs(self.directory_path, exist_ok=True)

    def spill_objects(self, object_refs, buffers):
        urls = []
        for ref, buf in zip(object_refs, buffers):
            url = os.path.join(self.directory_path, f"{ref}-{uuid.uuid4().hex}")
            with open(url, "wb") as f:
                f.write(buf)
            urls.append(url)
        return urls

    def delete_spilled_objects(self, urls):
        # runs in IO worker processes, in parallel with destroy_external_storage
        for url in urls:
            os.remove(url)

    def destroy_external_storage(self):
        if os.path.isdir(self.directory_path):
            shutil.rmtree(self.directory_path)  # Noncompliant
