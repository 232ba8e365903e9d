# https://github.com/jjjake/internetarchive/pull/572
# Fixed shape: the parent directory is created with exist_ok=True, with no separate existence check.
import os
import urllib.request


class ArchiveFile:
    def __init__(self, identifier, name, base_url="https://archive.org/download"):
        self.identifier = identifier
        self.name = name
        self.url = f"{base_url}/{identifier}/{name}"

    def download(self, file_path=None, return_responses=False, chunk_size=1048576):
        file_path = file_path or self.name

        parent_dir = os.path.dirname(file_path)
        if parent_dir != '' and return_responses is not True:
            os.makedirs(parent_dir, exist_ok=True)

        response = urllib.request.urlopen(self.url)
        if return_responses:
            return response

        with open(file_path, 'wb') as fh:
            while True:
                chunk = response.read(chunk_size)
                if not chunk:
                    break
                fh.write(chunk)
        return file_path
