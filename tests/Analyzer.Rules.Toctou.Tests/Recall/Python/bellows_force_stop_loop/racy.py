# https://github.com/zigpy/bellows/pull/727
# EventLoopThread._thread_main closes the loop and then sets self.loop = None in two steps
# on the worker thread; force_stop() (main thread) checks "self.loop is None" and then
# calls self.loop.call_soon_threadsafe(), which raises "Event loop is closed" when the
# close lands after the check. Fix: snapshot the loop, check is_closed(), swallow RuntimeError.
import asyncio
import threading


class EventLoopThread:
    def __init__(self):
        self.loop = None
        self.thread_complete = None

    def _thread_main(self, init_task):
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(init_task)
            self.loop.run_forever()
        finally:
            self.loop.close()
            self.loop = None

    async def start(self):
        current_loop = asyncio.get_event_loop()
        self.thread_complete = current_loop.create_future()
        init_task = asyncio.sleep(0)
        thread = threading.Thread(target=self._thread_main, args=(init_task,), daemon=True)
        thread.start()

    def force_stop(self):
        if self.loop is None:
            return

        def cancel_tasks_and_stop_loop():
            tasks = asyncio.all_tasks(loop=self.loop)
            for task in tasks:
                self.loop.call_soon_threadsafe(task.cancel)
            gather = asyncio.gather(*tasks, return_exceptions=True)
            gather.add_done_callback(
                lambda _: self.loop.call_soon_threadsafe(self.loop.stop))

        self.loop.call_soon_threadsafe(cancel_tasks_and_stop_loop)  # Noncompliant
