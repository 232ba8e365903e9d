# https://github.com/PrefectHQ/prefect/pull/9343 (reported in https://github.com/PrefectHQ/prefect/issues/9296)
# Fixed shape: start() holds `_lock` and re-checks `_loop` before starting the thread; the submission
# checks, the hand-off to the loop and shutdown() run under the same lock.
import asyncio
import atexit
import concurrent.futures
import threading
from typing import Any, Callable, Optional


class PortalCall:
    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn
        self.future: "concurrent.futures.Future[Any]" = concurrent.futures.Future()

    def run(self) -> None:
        self.future.set_result(self.fn())


class LockedEventLoopThread:
    """A portal to a worker running on a thread with an event loop."""

    def __init__(self, name: str = "EventLoopThread", daemon: bool = False, run_once: bool = False):
        self.thread = threading.Thread(name=name, daemon=daemon, target=self._entrypoint)
        self._ready_future: "concurrent.futures.Future[bool]" = concurrent.futures.Future()
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._shutdown_event = threading.Event()
        self._run_once = run_once
        self._submitted_count = 0
        self._lock = threading.Lock()
        if not daemon:
            atexit.register(self.shutdown)

    def start(self) -> None:
        """Start the worker thread; raises any exceptions encountered during startup."""
        with self._lock:
            if self._loop is None:
                self.thread.start()
                self._ready_future.result()

    def submit(self, call: PortalCall) -> PortalCall:
        if self._loop is None:
            self.start()
        with self._lock:
            if self._submitted_count > 0 and self._run_once:
                raise RuntimeError("Worker configured to only run once. A call has already been submitted.")
            if self._shutdown_event.is_set():
                raise RuntimeError("Worker is shutdown.")
            asyncio.run_coroutine_threadsafe(self._run_call(call), self._loop)
            self._submitted_count += 1
            if self._run_once:
                call.future.add_done_callback(lambda _: self.shutdown())
        return call

    def shutdown(self) -> None:
        with self._lock:
            self._shutdown_event.set()

    def _entrypoint(self) -> None:
        asyncio.run(self._run_until_shutdown())

    async def _run_until_shutdown(self) -> None:
        try:
            self._loop = asyncio.get_running_loop()
            self._ready_future.set_result(True)
        except Exception as exc:
            self._ready_future.set_exception(exc)
            return
        while not self._shutdown_event.is_set():
            await asyncio.sleep(0.05)

    async def _run_call(self, call: PortalCall) -> None:
        call.run()
