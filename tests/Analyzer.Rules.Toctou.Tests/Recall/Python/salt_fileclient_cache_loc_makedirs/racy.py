# https://github.com/saltstack/salt/pull/39954
# Client._cache_loc() checks os.path.isdir(destdir) and then calls os.makedirs(destdir).
# Several minion jobs caching files of the same saltenv at once (minionswarm, heavy I/O)
# pass the check together; the losers get OSError [Errno 17] File exists from makedirs
# and the job fails. Fix: always call makedirs and ignore EEXIST.
import contextlib
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor


class Client:
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
    def _cache_loc(self, path, saltenv="base", cachedir=None):
        cachedir = self.get_cachedir(cachedir)
        dest = os.path.join(cachedir, "files", saltenv, path)
        destdir = os.path.dirname(dest)
        cumask = os.umask(0o077)
        try:
            if os.path.isfile(destdir):
                os.remove(destdir)  # Noncompliant
            if not os.path.isdir(destdir):
                os.makedirs(destdir)  # Noncompliant
            yield dest
        finally:
            os.umask(cumask)

    def get_file(self, path, saltenv="base"):
        with self._cache_loc(path, saltenv) as dest:
            with open(dest, "w") as fh:
                fh.write("contents of salt://%s\n" % path)
        return dest

    def cache_file(self, path, saltenv="base"):
        return self.get_file(path, saltenv)


def run_job(client, n):
    return client.cache_file("top/states/file%d.sls" % n)


if __name__ == "__main__":
    minion = Client({"cachedir": tempfile.mkdtemp()})
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda n: run_job(minion, n), range(16)))
