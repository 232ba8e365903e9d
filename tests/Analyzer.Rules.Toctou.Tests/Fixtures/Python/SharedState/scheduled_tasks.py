import asyncio
import threading

_claimed_paths = set()
_claimed_lock = threading.Lock()


async def deliver(path):
    await asyncio.sleep(0)


# The path is claimed under the lock, and the task that frees it runs later on the loop: handing the task to the loop
# runs none of its body here, so the free is no act after the claim's test.
class ClaimingWatcher:
    def __init__(self, loop):
        self.loop = loop

    def on_event(self, path):
        with _claimed_lock:
            if path in _claimed_paths:
                return
            _claimed_paths.add(path)
        asyncio.run_coroutine_threadsafe(self._send_and_free(path), self.loop)

    async def _send_and_free(self, path):
        try:
            await deliver(path)
        finally:
            with _claimed_lock:
                _claimed_paths.discard(path)
