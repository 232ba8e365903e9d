# https://github.com/microsoft/knack/pull/159 (issue #158)
# Fixed version: the directory is created unconditionally and an OSError with errno
# EEXIST (another thread/process created it first) is swallowed; other errors are
# still raised.
import errno
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor


def ensure_directory(d):
    """ Create a directory if it doesn't exist """
    try:
        os.makedirs(d)
    except OSError as e:
        if e.errno != errno.EEXIST:
            raise


class KnackConfig(object):
    def __init__(self, config_dir, config_env_var_prefix="AZURE"):
        self.config_dir = config_dir
        self.env_var_prefix = config_env_var_prefix
        ensure_directory(self.config_dir)
        self.config_path = os.path.join(self.config_dir, "config")


class KnackCLI(object):
    def __init__(self, config_dir):
        self.config = KnackConfig(config_dir)

    def execute(self, args):
        return 0


def run_cli(config_dir, args):
    return KnackCLI(config_dir).execute(args)


if __name__ == "__main__":
    cfg_dir = os.path.join(tempfile.mkdtemp(), ".azure")
    with ThreadPoolExecutor(max_workers=20) as executor:
        list(executor.map(lambda i: run_cli(cfg_dir, ["group", "show", "-n", str(i)]), range(20)))
