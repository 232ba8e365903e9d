# https://github.com/tsroten/fcache/pull/41
# Fixed: create() always calls os.makedirs(cache_dir, exist_ok=True), so a directory made
# by another process in the meantime is accepted instead of raising FileExistsError.
import multiprocessing
import os
import tempfile


class SharedFileCache:
    def __init__(self, appname, flag="c", app_cache_dir=None):
        if not app_cache_dir:
            app_cache_dir = os.path.join(tempfile.gettempdir(), appname)
        self.cache_dir = os.path.join(app_cache_dir, "cache")
        self._sync = len(flag) > 1 and flag[1] == "s"
        if not self._sync:
            self._buffer = {}
        exists = os.path.exists(self.cache_dir)
        if not exists and "c" in flag:
            self.make_dirs()
        elif not exists:
            raise FileNotFoundError(self.cache_dir)

    def make_dirs(self):
        if not self._sync and not hasattr(self, "_buffer"):
            self._buffer = {}
        os.makedirs(self.cache_dir, exist_ok=True)

    def __setitem__(self, key, value):
        self._buffer[key] = value


def run_job(job_id):
    store = SharedFileCache("myapp")
    store[str(job_id)] = job_id
    return store.cache_dir


if __name__ == "__main__":
    with multiprocessing.Pool(8) as workers:
        workers.map(run_job, range(8))
