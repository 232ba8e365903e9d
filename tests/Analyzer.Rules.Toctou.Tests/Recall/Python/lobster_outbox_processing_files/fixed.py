# https://github.com/SiderealPress/Lobster/pull/928
# Fixed: _processing_files_lock is held across the membership test and the add, so
# only one watchdog event per outbox file schedules process_reply(); the coroutine is
# dispatched after the lock is released.
import asyncio
import threading

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

_in_flight_files = set()
_in_flight_lock = threading.Lock()


async def send_reply(filepath):
    await asyncio.sleep(0)
    print("sending reply from", filepath)


class GuardedOutboxHandler(FileSystemEventHandler):

    def __init__(self, loop):
        super().__init__()
        self.loop = loop

    def on_created(self, event):
        if not event.is_directory:
            self._claim_and_dispatch(event.src_path)

    def on_modified(self, event):
        if not event.is_directory:
            self._claim_and_dispatch(event.src_path)

    def _claim_and_dispatch(self, filepath):
        with _in_flight_lock:
            if filepath in _in_flight_files:
                return
            _in_flight_files.add(filepath)
        asyncio.run_coroutine_threadsafe(self._send_then_release(filepath),
                                         self.loop)

    async def _send_then_release(self, filepath):
        try:
            await send_reply(filepath)
        finally:
            with _in_flight_lock:
                _in_flight_files.discard(filepath)


def start_outbox_watch(path, loop):
    observer = Observer()
    observer.schedule(GuardedOutboxHandler(loop), path, recursive=False)
    observer.start()
    return observer
