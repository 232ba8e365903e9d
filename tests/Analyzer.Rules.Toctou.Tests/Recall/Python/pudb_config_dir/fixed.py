# https://github.com/inducer/pudb/pull/532
# Fixed version: os.makedirs(path, exist_ok=True) replaces the existence check, so processes that
# create the config dir at the same time no longer fail.
import os
import sys
from configparser import ConfigParser

CONF_RESOURCE_NAME = "pudb"
CONFIG_HOME_DIR = os.environ.get("XDG_CONFIG_HOME", os.path.expanduser("~/.config"))


def find_save_config_path():
    if not CONFIG_HOME_DIR:
        return None
    path = os.path.join(CONFIG_HOME_DIR, CONF_RESOURCE_NAME)
    os.makedirs(path, exist_ok=True)
    return path


def read_config():
    conf = ConfigParser()
    save_path = find_save_config_path()
    if save_path:
        conf.read(os.path.join(save_path, "pudb.cfg"))
    return conf


if __name__ == "__main__":
    print(read_config().sections(), file=sys.stderr)
