# https://github.com/modal-labs/synchronicity/pull/71
# Fixed version: the test for a running loop and the start of its thread happen under one lock.
import asyncio
import threading


class LoopRunner:
    def __init__(self):
        self._event_loop = None
        self._loop_thread = None
        self._start_lock = threading.Lock()

    def _ensure_loop(self):
        with self._start_lock:
            if self._event_loop and self._event_loop.is_running():
                return self._event_loop
            loop = asyncio.new_event_loop()
            self._loop_thread = threading.Thread(target=loop.run_forever, daemon=True)
            self._loop_thread.start()
            self._event_loop = loop
            return loop

    def submit(self, coro):
        loop = self._ensure_loop()
        return asyncio.run_coroutine_threadsafe(coro, loop).result()
