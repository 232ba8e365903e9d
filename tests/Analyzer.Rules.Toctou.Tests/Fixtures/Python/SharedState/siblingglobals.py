import threading

# One function starts two others on threads of their own, each once: one tests a module-level dict and fills it, the
# other removes from it at the same time.
pending_jobs = {}


def enqueue_job():
    if "batch" not in pending_jobs:  # Secondary [check]
        pending_jobs["batch"] = []  # Noncompliant {{pending_jobs is checked at line 9 and changed at line 10 by pending_jobs["batch"], with no lock held at either point, while drop_jobs changes it at the same time: run_jobs starts enqueue_job at line 18 and drop_jobs at line 19}}


def drop_jobs():
    pending_jobs.pop("batch", None)


def run_jobs():
    threading.Thread(target=enqueue_job).start()  # Secondary [concurrency]
    threading.Thread(target=drop_jobs).start()  # Secondary [concurrency]


# A writer that runs before the start runs apart from it.
pending_reports = {}


def enqueue_report():
    if "daily" not in pending_reports:
        pending_reports["daily"] = []


def drop_reports():
    pending_reports.pop("daily", None)


def run_reports():
    drop_reports()
    threading.Thread(target=enqueue_report).start()
