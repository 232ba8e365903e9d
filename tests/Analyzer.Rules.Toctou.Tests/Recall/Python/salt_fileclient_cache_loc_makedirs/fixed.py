# https://github.com/saltstack/salt/pull/39954
# Fixed version: _cache_loc() no longer tests isdir() first; it calls os.makedirs() and
# ignores OSError with errno EEXIST, so a directory created by another job in the meantime
# is fine.
import contextlib
import errno
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor


class FileClient:
    """Base class for Salt file interactions (trimmed)."""

    def __init__(self, opts):
        self.opts = opts

    def get_cachedir(self, cachedir=None):
        if cachedir is None:
            cachedir = self.opts["cachedir"]
        elif not os.path.isabs(cachedir):
            cachedir = os.path.join(self.opts["cachedir"], cachedir)
        return cachedir

    @contextlib.contextmanager
    def _cache_location(self, path, saltenv="base", cachedir=None):
        cachedir = self.get_cachedir(cachedir)
        dest = os.path.join(cachedir, "files", saltenv, path)
        destdir = os.path.dirname(dest)
        cumask = os.umask(0o077)
        try:
            if os.path.isfile(destdir):
                os.remove(destdir)
            try:
                os.makedirs(destdir)
            except OSError as exc:
                if exc.errno != errno.EEXIST:  # ignore if it was there already
                    raise
            yield dest
        finally:
            os.umask(cumask)

    def fetch_file(self, path, saltenv="base"):
        with self._cache_location(path, saltenv) as dest:
            with open(dest, "w") as fh:
                fh.write("contents of salt://%s\n" % path)
        return dest

    def cache_one(self, path, saltenv="base"):
        return self.fetch_file(path, saltenv)


def minion_job(client, n):
    return client.cache_one("top/states/file%d.sls" % n)


if __name__ == "__main__":
    fc = FileClient({"cachedir": tempfile.mkdtemp()})
    with ThreadPoolExecutor(max_workers=8) as executor:
        list(executor.map(lambda n: minion_job(fc, n), range(16)))
