# https://github.com/ray-project/ray/pull/13649
# Fixed: keep trying while the directory exists and ignore FileNotFoundError raised
# because IO workers deleted files (or the directory) at the same time.
import logging
import os
import shutil
import uuid

logger = logging.getLogger(__name__)


class TolerantFileSystemStorage:
    def __init__(self, directory_path):
        self.directory_path = os.path.join(directory_path, "ray_spilled_objects")
        os.makedirs(self.directory_path, exist_ok=True)

    def spill(self, object_refs, buffers):
        urls = []
        for ref, buf in zip(object_refs, buffers):
            url = os.path.join(self.directory_path, f"{ref}-{uuid.uuid4().hex}")
            with open(url, "wb") as f:
                f.write(buf)
            urls.append(url)
        return urls

    def delete_spilled(self, urls):
        for url in urls:
            os.remove(url)

    def destroy(self):
        while os.path.isdir(self.directory_path):
            try:
                shutil.rmtree(self.directory_path)
            except FileNotFoundError:
                # other IO workers are deleting the files at the same time
                pass
            except Exception:
                logger.exception(
                    "Error cleaning up spill files, directory path: %s",
                    self.directory_path,
                )
                break
