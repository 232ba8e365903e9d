# https://github.com/mendersoftware/integration/pull/796
# The integration-test logging module creates its per-test log directory at import time by
# checking os.path.exists() and then calling os.makedirs(). The suite runs tests in parallel
# workers that all import this module; another worker can create the directory between the
# check and the makedirs call, which then raises "File exists" and aborts that worker.
# Fix: call os.makedirs() unconditionally and ignore an EEXIST error.
import logging
import os

TEST_LOGS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mender_test_logs")


def ensure_test_logs_dir():
    if not os.path.exists(TEST_LOGS_PATH):
        os.makedirs(TEST_LOGS_PATH)  # Noncompliant


ensure_test_logs_dir()


def setup_test_logger(test_name):
    logger = logging.getLogger()
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    handler = logging.FileHandler(os.path.join(TEST_LOGS_PATH, test_name + ".log"))
    handler.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    return logger
