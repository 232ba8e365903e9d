# https://github.com/galaxyproject/galaxy/pull/13768
# Fixed version: the cache sub-directory is created with os.makedirs(..., exist_ok=True), so a
# directory created by another API request between the existence test and makedirs() is accepted
# instead of raising FileExistsError.
import os
import tempfile
import threading


class IrodsClientStub:
    """Stub of the iRODS client: copies a data object to a local path."""

    def fetch(self, rel_path, dest):
        with open(dest, "w") as fh:
            fh.write(rel_path)


class CachingIRODSStore:
    def __init__(self, staging_path):
        self.staging_path = staging_path
        self.client = IrodsClientStub()

    def _object_rel_path(self, obj_id):
        return os.path.join("000", "dataset_%d_files" % (obj_id // 10), "dataset_%d.dat" % obj_id)

    def _cache_path(self, rel_path):
        return os.path.abspath(os.path.join(self.staging_path, rel_path))

    def _cached(self, rel_path):
        return os.path.exists(self._cache_path(rel_path))

    def _fetch_object(self, rel_path):
        self.client.fetch(rel_path, self._cache_path(rel_path))
        return True

    def _copy_to_cache(self, rel_path):
        # Ensure the cache directory structure exists (e.g., dataset_#_files/)
        rel_path_dir = os.path.dirname(rel_path)
        if not os.path.exists(self._cache_path(rel_path_dir)):
            os.makedirs(self._cache_path(rel_path_dir), exist_ok=True)
        # Now pull in the file
        return self._fetch_object(rel_path)

    def file_name_for(self, obj_id):
        rel_path = self._object_rel_path(obj_id)
        if not self._cached(rel_path):
            self._copy_to_cache(rel_path)
        return self._cache_path(rel_path)


def api_request(store, obj_id, out):
    out.append(store.file_name_for(obj_id))


if __name__ == "__main__":
    cache = CachingIRODSStore(tempfile.mkdtemp())
    names = []
    calls = [threading.Thread(target=api_request, args=(cache, i, names)) for i in range(10, 20)]
    for c in calls:
        c.start()
    for c in calls:
        c.join()
    print(len(names), "files")
