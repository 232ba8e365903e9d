# https://github.com/Vinix24/vnx-orchestration/pull/1459
# Fixed: the duplicate scan runs as a skip_if predicate inside the exclusive-locked append,
# so the check and the write happen in one critical section.
import fcntl
import json
import multiprocessing
from pathlib import Path

LEDGER = Path("state") / "dispatch_register.ndjson"
SENTINEL = Path("state") / ".state.lock"


def _event_key(record):
    return (record.get("event"), record.get("dispatch_id"), record.get("pr_number"), record.get("feature_id"))


def append_locked(record, skip_if=None):
    LEDGER.parent.mkdir(parents=True, exist_ok=True)
    with SENTINEL.open("a") as sentinel:
        fcntl.flock(sentinel.fileno(), fcntl.LOCK_EX)
        try:
            with LEDGER.open("a+", encoding="utf-8") as fh:
                fh.seek(0)
                content = fh.read()
                if skip_if is not None and skip_if(content):
                    return True
                fh.write(json.dumps(record) + "\n")
        finally:
            fcntl.flock(sentinel.fileno(), fcntl.LOCK_UN)
    return True


def record_event_once(event, dispatch_id, pr_number=None, feature_id=""):
    record = {"event": event, "dispatch_id": dispatch_id, "pr_number": pr_number, "feature_id": feature_id}
    wanted = _event_key(record)

    def already_present(content):
        for line in content.splitlines():
            if line.strip() and _event_key(json.loads(line)) == wanted:
                return True
        return False

    return append_locked(record, skip_if=already_present)


if __name__ == "__main__":
    procs = [
        multiprocessing.Process(target=record_event_once, args=("dispatch_created", "d-42"))
        for _ in range(2)
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
