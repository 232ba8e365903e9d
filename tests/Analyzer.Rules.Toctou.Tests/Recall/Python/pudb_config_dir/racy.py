# https://github.com/inducer/pudb/pull/532
# pudb's config path lookup did `if not os.path.exists(path): os.makedirs(path)`; during parallel
# test runs several processes look up the config dir at once and one of them fails with
# FileExistsError. Fix: os.makedirs(path, exist_ok=True).
import os
import sys
from configparser import ConfigParser

XDG_CONF_RESOURCE = "pudb"
XDG_CONFIG_HOME = os.environ.get("XDG_CONFIG_HOME", os.path.expanduser("~/.config"))


def get_save_config_path():
    if not XDG_CONFIG_HOME:
        return None
    path = os.path.join(XDG_CONFIG_HOME, XDG_CONF_RESOURCE)
    if not os.path.exists(path):
        os.makedirs(path)  # Noncompliant
    return path


def load_config():
    conf = ConfigParser()
    save_path = get_save_config_path()
    if save_path:
        conf.read(os.path.join(save_path, "pudb.cfg"))
    return conf


if __name__ == "__main__":
    # started by many pytest-xdist workers at the same time
    print(load_config().sections(), file=sys.stderr)
