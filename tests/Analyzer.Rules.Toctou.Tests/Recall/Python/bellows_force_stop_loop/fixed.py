# https://github.com/zigpy/bellows/pull/727
# Fixed: force_stop snapshots self.loop into a local, also checks loop.is_closed(), and
# swallows the RuntimeError raised if the worker closes the loop after that check.
import asyncio
import threading


class SafeEventLoopThread:
    def __init__(self):
        self.loop = None
        self.thread_complete = None

    def _run_thread(self, init_task):
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(init_task)
            self.loop.run_forever()
        finally:
            self.loop.close()
            self.loop = None

    async def begin(self):
        current_loop = asyncio.get_event_loop()
        self.thread_complete = current_loop.create_future()
        init_task = asyncio.sleep(0)
        thread = threading.Thread(target=self._run_thread, args=(init_task,), daemon=True)
        thread.start()

    def stop_now(self):
        loop = self.loop
        if loop is None or loop.is_closed():
            return

        def cancel_all_and_stop():
            tasks = asyncio.all_tasks(loop=loop)
            for task in tasks:
                loop.call_soon_threadsafe(task.cancel)
            gather = asyncio.gather(*tasks, return_exceptions=True)
            gather.add_done_callback(lambda _: loop.call_soon_threadsafe(loop.stop))

        try:
            loop.call_soon_threadsafe(cancel_all_and_stop)
        except RuntimeError:
            pass
