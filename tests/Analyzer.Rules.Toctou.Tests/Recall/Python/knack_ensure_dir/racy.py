# https://github.com/microsoft/knack/pull/159 (issue #158)
# knack.util.ensure_dir checks os.path.isdir(d) and then calls os.makedirs(d). Azure CLI
# run from a 20-thread ThreadPoolExecutor builds a CLIConfig in every thread; two of
# them see the config dir missing and both call makedirs, so one dies with
# FileExistsError (EEXIST). Fix: call makedirs and ignore the EEXIST OSError.
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor


def ensure_dir(d):
    """ Create a directory if it doesn't exist """
    if not os.path.isdir(d):
        os.makedirs(d)  # Noncompliant


class CLIConfig(object):
    def __init__(self, config_dir, config_env_var_prefix="AZURE"):
        self.config_dir = config_dir
        self.env_var_prefix = config_env_var_prefix
        ensure_dir(self.config_dir)
        self.config_path = os.path.join(self.config_dir, "config")


class CLI(object):
    def __init__(self, config_dir):
        self.config = CLIConfig(config_dir)

    def invoke(self, args):
        return 0


def run_az(config_dir, args):
    return CLI(config_dir).invoke(args)


if __name__ == "__main__":
    cfg = os.path.join(tempfile.mkdtemp(), ".azure")
    with ThreadPoolExecutor(max_workers=20) as pool:
        list(pool.map(lambda i: run_az(cfg, ["group", "show", "-n", str(i)]), range(20)))
