# https://github.com/tsroten/fcache/pull/41
# FileCache.__init__ tests whether its cache directory exists and, for flag 'c',
# calls create(), which checked os.path.exists(cache_dir) again and then ran
# os.makedirs(cache_dir). When several processes open the same cache at the same time,
# more than one sees the directory missing and the later makedirs raises
# FileExistsError. The fix calls os.makedirs(cache_dir, exist_ok=True) unconditionally.
import multiprocessing
import os
import tempfile


class FileCache:
    def __init__(self, appname, flag="c", app_cache_dir=None):
        if not app_cache_dir:
            app_cache_dir = os.path.join(tempfile.gettempdir(), appname)
        self.cache_dir = os.path.join(app_cache_dir, "cache")
        self._sync = len(flag) > 1 and flag[1] == "s"
        if not self._sync:
            self._buffer = {}
        exists = os.path.exists(self.cache_dir)
        if not exists and "c" in flag:
            self.create()
        elif not exists:
            raise FileNotFoundError(self.cache_dir)

    def create(self):
        if not self._sync and not hasattr(self, "_buffer"):
            self._buffer = {}
        if not os.path.exists(self.cache_dir):
            os.makedirs(self.cache_dir)  # Noncompliant

    def __setitem__(self, key, value):
        self._buffer[key] = value


def worker(job_id):
    cache = FileCache("myapp")
    cache[str(job_id)] = job_id
    return cache.cache_dir


if __name__ == "__main__":
    with multiprocessing.Pool(8) as pool:
        pool.map(worker, range(8))
