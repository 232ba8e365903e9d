# https://github.com/seomoz/qless-py/pull/54
# Forked qless workers each prepare their sandbox directory. sandbox() checked
# os.path.exists(path) and then called os.makedirs(path); another worker process could
# create the directory in between and makedirs raised OSError. The fix calls makedirs
# unconditionally and tolerates the error when the path is already a directory.
import os
import shutil
import logging
from contextlib import contextmanager

logger = logging.getLogger("qless")


class Worker(object):
    @classmethod
    def clean(cls, path):
        for name in os.listdir(path):
            target = os.path.join(path, name)
            if os.path.isdir(target):
                shutil.rmtree(target)
            else:
                os.remove(target)

    @classmethod
    @contextmanager
    def sandbox(cls, path):
        if not os.path.exists(path):
            logger.debug('Making %s' % path)
            os.makedirs(path)  # Noncompliant
        cls.clean(path)
        try:
            yield path
        finally:
            cls.clean(path)


def run_child(workdir, job):
    with Worker.sandbox(workdir):
        job.process()


def spawn_workers(workdir, jobs):
    for job in jobs:
        pid = os.fork()
        if pid == 0:
            run_child(workdir, job)
            os._exit(0)
