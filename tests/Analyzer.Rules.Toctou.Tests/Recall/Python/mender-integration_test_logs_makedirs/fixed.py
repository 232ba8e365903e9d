# https://github.com/mendersoftware/integration/pull/796
# Fixed: os.makedirs() is called without a prior existence check and an EEXIST error from a racing worker is ignored.
import errno
import logging
import os

LOG_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mender_test_logs")


def create_log_dir():
    try:
        os.makedirs(LOG_DIR)
    except OSError as e:
        if e.errno != errno.EEXIST:
            raise


create_log_dir()


def configure_logger(test_name):
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    fh = logging.FileHandler(os.path.join(LOG_DIR, test_name + ".log"))
    fh.setLevel(logging.DEBUG)
    root.addHandler(fh)
    return root
