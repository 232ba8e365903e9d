# https://github.com/PrefectHQ/prefect/pull/9343 (reported in https://github.com/PrefectHQ/prefect/issues/9296)
# EventLoopThread.submit started the loop thread when `self._loop is None`, but `_loop` is only set later
# by the new thread itself, so two flows submitting from two threads at once both called
# thread.start() and one failed with "RuntimeError: threads can only be started once". The fix takes
# a lock in start() and re-checks `_loop` under it; the submission and shutdown checks share that lock.
import asyncio
import atexit
import concurrent.futures
import threading
from typing import Any, Callable, Optional


class Call:
    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn
        self.future: "concurrent.futures.Future[Any]" = concurrent.futures.Future()

    def run(self) -> None:
        self.future.set_result(self.fn())


class EventLoopThread:
    """A portal to a worker running on a thread with an event loop."""

    def __init__(self, name: str = "EventLoopThread", daemon: bool = False, run_once: bool = False):
        self.thread = threading.Thread(name=name, daemon=daemon, target=self._entrypoint)
        self._ready_future: "concurrent.futures.Future[bool]" = concurrent.futures.Future()
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._shutdown_event = threading.Event()
        self._run_once = run_once
        self._submitted_count = 0
        if not daemon:
            atexit.register(self.shutdown)

    def start(self) -> None:
        """Start the worker thread; raises any exceptions encountered during startup."""
        self.thread.start()
        self._ready_future.result()

    def submit(self, call: Call) -> Call:
        if self._submitted_count > 0 and self._run_once:
            raise RuntimeError("Worker configured to only run once. A call has already been submitted.")
        if self._loop is None:
            self.start()  # Noncompliant
        if self._shutdown_event.is_set():
            raise RuntimeError("Worker is shutdown.")
        asyncio.run_coroutine_threadsafe(self._run_call(call), self._loop)
        self._submitted_count += 1
        if self._run_once:
            call.future.add_done_callback(lambda _: self.shutdown())
        return call

    def shutdown(self) -> None:
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

    async def _run_call(self, call: Call) -> None:
        call.run()
