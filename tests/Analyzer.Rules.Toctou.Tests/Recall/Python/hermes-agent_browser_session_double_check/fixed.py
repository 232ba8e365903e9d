# https://github.com/NousResearch/hermes-agent/pull/1721
# Fixed: after the network call the lock is re-taken and the map is checked again; if another thread
# already stored a session for the task_id, that one is reused instead of being overwritten.
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

_registry_lock = threading.Lock()
_task_sessions = {}


def _open_provider_session(task_id):
    return {
        "session_name": f"hermes_{task_id}_{uuid.uuid4().hex[:8]}",
        "cdp_url": f"wss://connect.example.invalid/{uuid.uuid4().hex}",
    }


def _session_for_task(task_id=None):
    if task_id is None:
        task_id = "default"

    with _registry_lock:
        if task_id in _task_sessions:
            return _task_sessions[task_id]

    fresh = _open_provider_session(task_id)

    with _registry_lock:
        # Double-check: another subagent may have stored a session during the network call.
        if task_id in _task_sessions:
            return _task_sessions[task_id]
        _task_sessions[task_id] = fresh
    return fresh


def browser_open(url, task_id=None):
    info = _session_for_task(task_id)
    return f"{info['session_name']} open {url}"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as pool:
        for page in range(4):
            pool.submit(browser_open, f"https://example.com/{page}", "task-42")
