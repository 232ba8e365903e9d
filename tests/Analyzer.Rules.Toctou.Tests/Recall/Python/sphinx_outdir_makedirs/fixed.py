# https://github.com/sphinx-doc/sphinx/pull/4282
# Fixed version: directories are created through ensuredir(), which calls os.makedirs() and treats
# EEXIST (the directory was created by someone else in the meantime) as success, so parallel
# sphinx-build processes sharing an output directory no longer abort.
import logging
import os
import tempfile
from errno import EEXIST
from multiprocessing import Process
from os import path

_logger = logging.getLogger(__name__)


def ensuredir(dirpath):
    """Ensure that a path exists."""
    try:
        os.makedirs(dirpath)
    except OSError as err:
        # 0 for Jython/Win32
        if err.errno not in [0, EEXIST]:
            raise


class ManPageBuilder:
    name = "man"

    def __init__(self, app):
        self.app = app
        self.outdir = app.outdir
        self.doctreedir = app.doctreedir
        ensuredir(self.doctreedir)

    def build_all(self):
        with open(path.join(self.outdir, "index.%s" % self.name), "w") as f:
            f.write(".TH INDEX 1\n")


class SphinxApplication:
    def __init__(self, srcdir, confdir, outdir, doctreedir, buildername):
        self.srcdir = srcdir
        self.confdir = confdir
        self.outdir = outdir
        self.doctreedir = doctreedir
        if not path.isdir(outdir):
            _logger.info("making output directory...")
            ensuredir(outdir)
        self.builder = ManPageBuilder(self)

    def build(self):
        self.builder.build_all()


def run_sphinx_build(srcdir, outdir, doctreedir, buildername):
    app = SphinxApplication(srcdir, srcdir, outdir, doctreedir, buildername)
    app.build()


if __name__ == "__main__":
    base = tempfile.mkdtemp()
    out = path.join(base, "docs", "man")
    jobs = [Process(target=run_sphinx_build, args=(base, out, path.join(base, "_doctrees-%d" % i), "man"))
            for i in range(12)]
    for job in jobs:
        job.start()
    for job in jobs:
        job.join()
    print([job.exitcode for job in jobs])
