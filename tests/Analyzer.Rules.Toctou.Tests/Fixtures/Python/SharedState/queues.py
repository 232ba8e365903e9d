import asyncio
import queue
import threading
from queue import Queue


# Each call on a queue.Queue locks it by itself: between empty() and get() another worker can take the last job, and
# this one's get() then waits for the next job, perhaps for ever.
class Dispatcher:
    def __init__(self, handle):
        self.jobs = queue.Queue()
        self.handle = handle

    def work(self):
        while True:
            if not self.jobs.empty():  # Secondary [check]
                job = self.jobs.get()  # Noncompliant [TOCTOU001] {{self.jobs is checked at line 16 and changed at line 17 by self.jobs.get(), with no lock held at either point, while work is started in parallel at line 25, in a loop}}
                self.handle(job)

    def submit(self, job):
        self.jobs.put(job)

    def start(self, n):
        for _ in range(n):
            threading.Thread(target=self.work).start()


# A get that does not wait, or waits only a while, takes what is there or fails with queue.Empty: one step.
class Pool:
    def __init__(self, size):
        self.free = Queue(maxsize=size)

    def borrow(self):
        if self.free.empty():
            return None
        try:
            return self.free.get_nowait()
        except queue.Empty:
            return None

    def borrow_waiting(self):
        if self.free.qsize() == 0:
            return None
        try:
            return self.free.get(timeout=1)
        except queue.Empty:
            return None

    def serve(self, n):
        for _ in range(n):
            threading.Thread(target=self.borrow).start()
            threading.Thread(target=self.borrow_waiting).start()


# asyncio's queue is no thread-safe queue: its tasks share one thread, and get() on a queue that holds an item returns
# it without letting another task run.
class Feeder:
    def __init__(self):
        self.items = asyncio.Queue()

    async def work(self):
        while True:
            if not self.items.empty():
                item = await self.items.get()
                print(item)
            await asyncio.sleep(0)

    async def main(self):
        for _ in range(4):
            asyncio.create_task(self.work())


# One thread takes jobs out and the other code only puts them in behind: once empty() says there is a job, the job is
# still there when the thread's get() comes.
class SoloWorker:
    def __init__(self, handle):
        self.jobs = queue.Queue()
        self.handle = handle
        threading.Thread(target=self._run).start()

    def submit(self, job):
        self.jobs.put(job)

    def _run(self):
        while True:
            if not self.jobs.empty():
                self.handle(self.jobs.get())
