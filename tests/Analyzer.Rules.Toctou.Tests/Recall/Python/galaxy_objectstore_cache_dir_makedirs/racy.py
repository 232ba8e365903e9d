# https://github.com/galaxyproject/galaxy/pull/13768
# The caching object stores (iRODS, S3, Azure, ...) copy a dataset into the local staging cache in
# _pull_into_cache(): if the dataset's cache sub-directory does not exist yet they os.makedirs() it.
# Parallel history-contents API requests call get_filename() for datasets that share a directory;
# both see it missing and the second makedirs() raises FileExistsError, failing the request.
# Fix: os.makedirs(..., exist_ok=True).
import os
import tempfile
import threading


class IrodsSession:
    """Stub of the iRODS client: copies a data object to a local path."""

    def get(self, rel_path, dest):
        with open(dest, "w") as fh:
            fh.write(rel_path)


class IRODSObjectStore:
    def __init__(self, staging_path):
        self.staging_path = staging_path
        self.session = IrodsSession()

    def _construct_path(self, obj_id):
        return os.path.join("000", "dataset_%d_files" % (obj_id // 10), "dataset_%d.dat" % obj_id)

    def _get_cache_path(self, rel_path):
        return os.path.abspath(os.path.join(self.staging_path, rel_path))

    def _in_cache(self, rel_path):
        return os.path.exists(self._get_cache_path(rel_path))

    def _download(self, rel_path):
        self.session.get(rel_path, self._get_cache_path(rel_path))
        return True

    def _pull_into_cache(self, rel_path):
        # Ensure the cache directory structure exists (e.g., dataset_#_files/)
        rel_path_dir = os.path.dirname(rel_path)
        if not os.path.exists(self._get_cache_path(rel_path_dir)):
            os.makedirs(self._get_cache_path(rel_path_dir))  # Noncompliant
        # Now pull in the file
        return self._download(rel_path)

    def get_filename(self, obj_id):
        rel_path = self._construct_path(obj_id)
        if not self._in_cache(rel_path):
            self._pull_into_cache(rel_path)
        return self._get_cache_path(rel_path)


def history_contents_request(store, obj_id, results):
    results.append(store.get_filename(obj_id))


if __name__ == "__main__":
    store = IRODSObjectStore(tempfile.mkdtemp())
    results = []
    # one API call per dataset row; datasets 10..19 share dataset_1_files/
    requests = [threading.Thread(target=history_contents_request, args=(store, i, results)) for i in range(10, 20)]
    for r in requests:
        r.start()
    for r in requests:
        r.join()
    print(len(results), "files")
