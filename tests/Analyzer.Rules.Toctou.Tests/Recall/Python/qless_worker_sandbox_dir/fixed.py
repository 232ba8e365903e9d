# https://github.com/seomoz/qless-py/pull/54
import os
import shutil
import logging
from contextlib import contextmanager

logger = logging.getLogger("qless")


class WorkerFixed(object):
    @classmethod
    def clean_dir(cls, path):
        for name in os.listdir(path):
            target = os.path.join(path, name)
            if os.path.isdir(target):
                shutil.rmtree(target)
            else:
                os.remove(target)

    @classmethod
    @contextmanager
    def sandbox_fixed(cls, path):
        try:
            os.makedirs(path)
            logger.debug('Making %s' % path)
        except OSError:
            if not os.path.isdir(path):
                raise
        cls.clean_dir(path)
        try:
            yield path
        finally:
            cls.clean_dir(path)


def run_child_fixed(workdir, job):
    with WorkerFixed.sandbox_fixed(workdir):
        job.process()
