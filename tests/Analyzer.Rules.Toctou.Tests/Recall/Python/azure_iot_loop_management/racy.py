# https://github.com/Azure/azure-iot-sdk-python/pull/1260
# loop_management keeps three process-wide event loops in the module dict `loops`. Each getter checks
# whether its entry is None and then calls _make_new_loop(), which starts a loop thread and stores it.
# Concurrent first callers (handler runner vs. feature enablement) both create a loop; a Janus queue binds
# to the first one while the second replaces the global entry. Fix: a module lock with a re-check.
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

loops = {
    "CLIENT_HANDLER_LOOP": None,
    "CLIENT_INTERNAL_LOOP": None,
    "CLIENT_HANDLER_RUNNER_LOOP": None,
}


def _cleanup():
    """Clear all running loops and end respective threads (testing only)."""
    for loop_name, loop in loops.items():
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)
            loops[loop_name] = None


def _make_new_loop(loop_name):
    new_loop = asyncio.new_event_loop()
    loop_thread = threading.Thread(target=new_loop.run_forever)
    loop_thread.daemon = True
    loop_thread.start()
    loops[loop_name] = new_loop  # Noncompliant


def get_client_internal_loop():
    """Return the loop for internal client operations"""
    if loops["CLIENT_INTERNAL_LOOP"] is None:
        _make_new_loop("CLIENT_INTERNAL_LOOP")
    return loops["CLIENT_INTERNAL_LOOP"]


def get_client_handler_runner_loop():
    """Return the loop for handler runners"""
    if loops["CLIENT_HANDLER_RUNNER_LOOP"] is None:
        _make_new_loop("CLIENT_HANDLER_RUNNER_LOOP")
    return loops["CLIENT_HANDLER_RUNNER_LOOP"]


def get_client_handler_loop():
    """Return the loop for invoking user-provided handlers on the client"""
    if loops["CLIENT_HANDLER_LOOP"] is None:
        _make_new_loop("CLIENT_HANDLER_LOOP")
    return loops["CLIENT_HANDLER_LOOP"]


class AsyncHandlerManager:
    """Inbox queues are bound to the internal loop; runners are scheduled on the runner loop."""

    def start_inbox(self):
        return get_client_internal_loop()

    def start_handler_runner(self):
        get_client_handler_runner_loop()
        return get_client_internal_loop()


if __name__ == "__main__":
    manager = AsyncHandlerManager()
    with ThreadPoolExecutor(max_workers=4) as pool:
        seen = list(pool.map(lambda f: f(), [manager.start_inbox, manager.start_handler_runner] * 4))
    print(len({id(loop) for loop in seen}))
    _cleanup()
