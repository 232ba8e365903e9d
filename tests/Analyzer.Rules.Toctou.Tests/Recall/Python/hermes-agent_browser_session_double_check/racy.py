# https://github.com/NousResearch/hermes-agent/pull/1721
# _get_session_info() looked the task_id up in _active_sessions under _cleanup_lock, released the lock,
# created a cloud browser session (a slow network call) and then took the lock again only to store it.
# Two subagent threads working on the same task_id both missed the lookup, both created a cloud session,
# and the second store overwrote the first, orphaning a paid Browserbase session. The fix re-checks
# _active_sessions after re-acquiring the lock and reuses the session another thread already stored.
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

_cleanup_lock = threading.Lock()
_active_sessions = {}


def _create_cloud_session(task_id):
    # Network round-trip to the cloud browser provider; deliberately done without the lock.
    return {
        "session_name": f"hermes_{task_id}_{uuid.uuid4().hex[:8]}",
        "cdp_url": f"wss://connect.example.invalid/{uuid.uuid4().hex}",
    }


def _get_session_info(task_id=None):
    if task_id is None:
        task_id = "default"

    with _cleanup_lock:
        if task_id in _active_sessions:
            return _active_sessions[task_id]

    session_info = _create_cloud_session(task_id)

    with _cleanup_lock:
        _active_sessions[task_id] = session_info  # Noncompliant
    return session_info


def browser_navigate(url, task_id=None):
    session_info = _get_session_info(task_id)
    return f"{session_info['session_name']} open {url}"


if __name__ == "__main__":
    # Several subagents share one task_id and call browser tools concurrently.
    with ThreadPoolExecutor(max_workers=4) as pool:
        for page in range(4):
            pool.submit(browser_navigate, f"https://example.com/{page}", "task-42")
