# https://github.com/modal-labs/synchronicity/pull/71
# The synchronizer started its event-loop thread on first use: callers on several threads could all find no running
# loop and each start a loop thread of its own. The fix takes a lock around the test and the start.
import asyncio
import threading


class Synchronizer:
    def __init__(self):
        self._loop = None
        self._thread = None

    def _start_loop(self):
        if self._loop and self._loop.is_running():
            return self._loop
        loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=loop.run_forever, daemon=True)  # Noncompliant [TOCTOU001]
        self._thread.start()
        self._loop = loop
        return loop

    def _get_loop(self, start=False):
        if self._loop is None and start:
            return self._start_loop()
        return self._loop

    def run(self, coro):
        loop = self._get_loop(start=True)
        return asyncio.run_coroutine_threadsafe(coro, loop).result()
