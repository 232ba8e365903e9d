import logging
import threading

# logging.getLogger(name) hands every caller the one logger the process keeps for that name: its handlers are shared.
_setup_lock = threading.Lock()
audit_log = logging.getLogger("audit")


def worker_logger(name):
    logger = logging.getLogger(name)
    if not logger.handlers:  # Secondary [check]
        logger.addHandler(logging.StreamHandler())  # Noncompliant [TOCTOU001] {{logger.handlers is checked at line 11 and changed at line 12 by logger.addHandler(logging.StreamHandler()), with no lock held at either point, while worker_logger runs in every copy of crunch, which is started in parallel at line 47, in a loop}}
    return logger


def worker_logger_locked(name):
    with _setup_lock:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.StreamHandler())
        return logger


def audit_logger():
    if not audit_log.handlers:  # Secondary [check]
        audit_log.addHandler(logging.NullHandler())  # Noncompliant [TOCTOU001] {{audit_log.handlers is checked at line 25 and changed at line 26 by audit_log.addHandler(logging.NullHandler()), with no lock held at either point, while audit_logger runs in every copy of crunch, which is started in parallel at line 47, in a loop}}
    return audit_log


def crunch(job):
    worker_logger("crunch").info("job %s", job)
    worker_logger_locked("crunch").info("job %s", job)
    audit_logger().info("job %s", job)


def main_logger():
    """Called once, from main: nothing runs beside it."""
    logger = logging.getLogger("main")
    if not logger.handlers:
        logger.addHandler(logging.StreamHandler())
    return logger


def crunch_all(jobs):
    main_logger().info("starting")
    for job in jobs:
        threading.Thread(target=crunch, args=(job,)).start()  # Secondary [concurrency]
