# https://github.com/sphinx-doc/sphinx/pull/4282
# Sphinx created outdir/doctreedir with "if not path.isdir(d): os.makedirs(d)"; parallel sphinx-build
# processes (make -j, #4262/#4281) sharing an output directory create it in between and makedirs()
# fails with OSError [Errno 17] File exists, aborting the build. Fix: ensuredir(), which calls
# makedirs() and ignores EEXIST.
import logging
import os
import tempfile
from multiprocessing import Process
from os import path

logger = logging.getLogger(__name__)


class Builder:
    name = "man"

    def __init__(self, app):
        self.app = app
        self.outdir = app.outdir
        self.doctreedir = app.doctreedir
        if not path.isdir(self.doctreedir):
            os.makedirs(self.doctreedir)  # Noncompliant

    def build_all(self):
        with open(path.join(self.outdir, "index.%s" % self.name), "w") as f:
            f.write(".TH INDEX 1\n")


class Sphinx:
    def __init__(self, srcdir, confdir, outdir, doctreedir, buildername):
        self.srcdir = srcdir
        self.confdir = confdir
        self.outdir = outdir
        self.doctreedir = doctreedir
        if not path.isdir(outdir):
            logger.info("making output directory...")
            os.makedirs(outdir)  # Noncompliant
        self.builder = Builder(self)

    def build(self):
        self.builder.build_all()


def sphinx_build(srcdir, outdir, doctreedir, buildername):
    app = Sphinx(srcdir, srcdir, outdir, doctreedir, buildername)
    app.build()


if __name__ == "__main__":
    base = tempfile.mkdtemp()
    out = path.join(base, "docs", "man")
    # the build system runs one sphinx-build per man page target, all writing into docs/man
    jobs = [Process(target=sphinx_build, args=(base, out, path.join(base, "_doctrees-%d" % i), "man"))
            for i in range(12)]
    for job in jobs:
        job.start()
    for job in jobs:
        job.join()
    print([job.exitcode for job in jobs])
