# https://github.com/SiderealPress/Lobster/pull/928
# OutboxHandler._schedule_processing() tested `filepath not in _processing_files` and
# only then added it, with no lock; inotify delivers IN_MOVED_TO and IN_MODIFY for one
# atomic write, both handlers pass the membership test and the reply is sent twice.
# Fix: one threading.Lock held across the membership test and the add.
import asyncio

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

_processing_files = set()


async def process_reply(filepath):
    await asyncio.sleep(0)
    print("sending reply from", filepath)


class RacyOutboxHandler(FileSystemEventHandler):

    def __init__(self, loop):
        super().__init__()
        self.loop = loop

    def on_created(self, event):
        if not event.is_directory:
            self._schedule_processing(event.src_path)

    def on_modified(self, event):
        if not event.is_directory:
            self._schedule_processing(event.src_path)

    def _schedule_processing(self, filepath):
        if filepath not in _processing_files:
            _processing_files.add(filepath)  # Noncompliant
            asyncio.run_coroutine_threadsafe(
                self._process_and_release(filepath), self.loop)

    async def _process_and_release(self, filepath):
        try:
            await process_reply(filepath)
        finally:
            _processing_files.discard(filepath)


def watch_outbox(path, loop):
    observer = Observer()
    observer.schedule(RacyOutboxHandler(loop), path, recursive=False)
    observer.start()
    return observer
