# https://github.com/felixbur/nkululeko/pull/394
# Fixed version: a module-level lock serialises the "logger has no handlers?
# then add one" step, so exactly one handler is installed.
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

_LOGGER_SETUP_LOCK = threading.Lock()


class SafeUtil:
    def __init__(self, caller=None):
        self.caller = caller
        self.logger = self.setup_logging_locked()

    def setup_logging_locked(self):
        logger = logging.getLogger("nkululeko")
        with _LOGGER_SETUP_LOCK:
            if not logger.handlers:
                handler = logging.StreamHandler()
                handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
                logger.addHandler(handler)
                logger.setLevel(logging.INFO)
        return logger

    def debug(self, message):
        self.logger.info(f"{self.caller}: {message}")


def run_safe_experiment(idx):
    util = SafeUtil(f"experiment_{idx}")
    util.debug("started")


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(run_safe_experiment, range(16)))
