# https://github.com/Azure/azure-iot-sdk-python/pull/1260
# Fixed version: first-time creation of each shared loop is serialized by a module-level lock; the getter
# keeps a lock-free fast path for an already published loop, re-checks the entry under the lock before
# creating it, and the test-only cleanup takes the same lock.
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

shared_loops = {
    "CLIENT_HANDLER_LOOP": None,
    "CLIENT_INTERNAL_LOOP": None,
    "CLIENT_HANDLER_RUNNER_LOOP": None,
}
_loops_lock = threading.Lock()


def _cleanup_loops():
    """Clear all running loops and end respective threads (testing only)."""
    with _loops_lock:
        for loop_name, loop in shared_loops.items():
            if loop is not None:
                loop.call_soon_threadsafe(loop.stop)
                shared_loops[loop_name] = None


def _start_loop_thread(loop_name):
    new_loop = asyncio.new_event_loop()
    loop_thread = threading.Thread(target=new_loop.run_forever)
    loop_thread.daemon = True
    loop_thread.start()
    shared_loops[loop_name] = new_loop
    return new_loop


def _get_or_create_loop(loop_name):
    loop = shared_loops[loop_name]
    if loop is None:
        with _loops_lock:
            loop = shared_loops[loop_name]
            if loop is None:
                loop = _start_loop_thread(loop_name)
    return loop


def internal_loop():
    return _get_or_create_loop("CLIENT_INTERNAL_LOOP")


def handler_runner_loop():
    return _get_or_create_loop("CLIENT_HANDLER_RUNNER_LOOP")


def handler_loop():
    return _get_or_create_loop("CLIENT_HANDLER_LOOP")


class SafeHandlerManager:
    def open_inbox(self):
        return internal_loop()

    def open_handler_runner(self):
        handler_runner_loop()
        return internal_loop()


if __name__ == "__main__":
    manager = SafeHandlerManager()
    with ThreadPoolExecutor(max_workers=4) as pool:
        seen = list(pool.map(lambda f: f(), [manager.open_inbox, manager.open_handler_runner] * 4))
    print(len({id(loop) for loop in seen}))
    _cleanup_loops()
