# https://github.com/pyinstaller/pyinstaller/pull/6197
# Fixed: no existence check; the directories are created with exist_ok=True so a directory made
# concurrently by another PyInstaller instance is not an error.
import os

from PyInstaller import log as logging

logger = logging.getLogger(__name__)


class SafeBuildConfig:
    def __init__(self, distpath, workpath):
        self.distpath = os.path.abspath(distpath)
        self.workpath = os.path.abspath(workpath)

    def prepare_dirs(self):
        for path in (self.distpath, self.workpath):
            os.makedirs(path, exist_ok=True)
            logger.info("using directory %s", path)


def main_safe(spec_file, distpath, workpath):
    config = SafeBuildConfig(distpath, workpath)
    config.prepare_dirs()
    logger.info("building %s", spec_file)
    return config
