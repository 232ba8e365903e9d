# https://github.com/jjjake/internetarchive/pull/572
# File.download checked whether the target's parent directory existed and, if not, called os.makedirs;
# a parallel download into the same tree could create the directory in between, and makedirs then failed
# with FileExistsError. The fix drops the existence check and calls os.makedirs(parent_dir, exist_ok=True).
import os
import urllib.request


class File:
    def __init__(self, identifier, name, base_url="https://archive.org/download"):
        self.identifier = identifier
        self.name = name
        self.url = f"{base_url}/{identifier}/{name}"

    def download(self, file_path=None, return_responses=False, chunk_size=1048576):
        file_path = file_path or self.name

        parent_dir = os.path.dirname(file_path)
        if parent_dir != '' \
                and not os.path.exists(parent_dir) \
                and return_responses is not True:
            os.makedirs(parent_dir)  # Noncompliant

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
