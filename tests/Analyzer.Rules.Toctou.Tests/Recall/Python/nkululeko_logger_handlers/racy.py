# https://github.com/felixbur/nkululeko/pull/394
# Util.setup_logging() configures a shared, named logger: it checks whether the
# logger already has handlers and, if not, adds a StreamHandler. Several threads
# (or Util instances built in parallel) can all see "no handlers" and each add
# one, so every message is printed several times and handlers leak. Fix: a
# module-level threading.Lock held across the check and the addHandler call.
import logging
import threading
from concurrent.futures import ThreadPoolExecutor


class Util:
    def __init__(self, caller=None):
        self.caller = caller
        self.logger = self.setup_logging()

    def setup_logging(self):
        logger = logging.getLogger("nkululeko")
        if not logger.handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
            logger.addHandler(handler)  # Noncompliant
            logger.setLevel(logging.INFO)
        return logger

    def debug(self, message):
        self.logger.info(f"{self.caller}: {message}")


def run_experiment(idx):
    util = Util(f"experiment_{idx}")
    util.debug("started")


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(run_experiment, range(16)))
    print(threading.active_count())
