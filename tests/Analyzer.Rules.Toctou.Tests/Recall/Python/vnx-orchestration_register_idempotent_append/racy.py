# https://github.com/Vinix24/vnx-orchestration/pull/1459
# dispatch_register.append_event_idempotent() first scanned read_events() for an event with
# the same identity (event, dispatch_id, pr_number, feature_id) and only then called
# append_event(), which takes the register's exclusive file lock for the write alone. The
# read and the write shared no critical section, so two concurrent callers (the register is
# also driven from a CLI used by bash scripts) both missed the pre-check and both appended a
# dispatch_created row. The fix runs the duplicate check inside the locked append.
import fcntl
import json
import multiprocessing
from pathlib import Path

REGISTER = Path("state") / "dispatch_register.ndjson"
LOCK_FILE = Path("state") / ".state.lock"


def _identity(record):
    return (record.get("event"), record.get("dispatch_id"), record.get("pr_number"), record.get("feature_id"))


def read_events():
    if not REGISTER.exists():
        return []
    with REGISTER.open("r", encoding="utf-8") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_SH)
        try:
            return [json.loads(line) for line in fh if line.strip()]
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def append_event(record):
    REGISTER.parent.mkdir(parents=True, exist_ok=True)
    with LOCK_FILE.open("a") as sentinel:
        fcntl.flock(sentinel.fileno(), fcntl.LOCK_EX)
        try:
            with REGISTER.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(record) + "\n")
        finally:
            fcntl.flock(sentinel.fileno(), fcntl.LOCK_UN)
    return True


def append_event_idempotent(event, dispatch_id, pr_number=None, feature_id=""):
    record = {"event": event, "dispatch_id": dispatch_id, "pr_number": pr_number, "feature_id": feature_id}
    for existing in read_events():
        if _identity(existing) == _identity(record):
            return True
    return append_event(record)  # Noncompliant


if __name__ == "__main__":
    callers = [
        multiprocessing.Process(target=append_event_idempotent, args=("dispatch_created", "d-42"))
        for _ in range(2)
    ]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join()
