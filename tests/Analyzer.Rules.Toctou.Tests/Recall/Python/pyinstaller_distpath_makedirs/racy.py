# https://github.com/pyinstaller/pyinstaller/pull/6197
# Several PyInstaller processes building at once share DISTPATH/workpath. build_main checked
# whether the directory existed and then created it; another instance could create it in
# between, so os.makedirs raised FileExistsError and the build aborted. Fix: create the
# directory unconditionally and ignore "already exists" (os.makedirs(..., exist_ok=True)).
import os

from PyInstaller import log as logging

logger = logging.getLogger(__name__)


class BuildConfig:
    def __init__(self, distpath, workpath):
        self.distpath = os.path.abspath(distpath)
        self.workpath = os.path.abspath(workpath)

    def prepare_dirs(self):
        for path in (self.distpath, self.workpath):
            if not os.path.exists(path):
                os.makedirs(path)  # Noncompliant
            logger.info("using directory %s", path)


def main(spec_file, distpath, workpath):
    config = BuildConfig(distpath, workpath)
    config.prepare_dirs()
    logger.info("building %s", spec_file)
    return config
