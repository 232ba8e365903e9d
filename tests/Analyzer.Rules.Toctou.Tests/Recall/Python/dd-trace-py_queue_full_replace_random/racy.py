# https://github.com/DataDog/dd-trace-py/pull/895
# The writer's trace queue Q.put() tried a non-blocking Queue.put() and, on Full, re-acquired the queue
# mutex to overwrite a random slot. Queue.put() drops the mutex before raising Full, so the writer thread
# can flush (empty) the whole queue in between; the caller then works from the stale "queue is full"
# result and randrange(0, 0) fails instead of the item being stored. The fix re-reads qsize under the
# mutex, only replaces when the queue is still non-empty, and otherwise retries the put.
import random
import threading
import time
from queue import Empty, Full, Queue


class Q(Queue):
    def put(self, item):
        try:
            Queue.put(self, item, block=False)
        except Full:
            # Queue was full a moment ago: overwrite a random trace.
            with self.mutex:
                idx = random.randrange(0, self._qsize())
                self.queue[idx] = item  # Noncompliant

    def _get(self):
        # Pop everything at once.
        things = self.queue
        self._init(self.maxsize)
        return things


trace_queue = Q(maxsize=1000)


def record_trace(trace):
    # Called from every application thread that finishes a trace.
    trace_queue.put(trace)


def flush_worker(stop):
    # The AgentWriter thread periodically drains the queue and sends it to the agent.
    while not stop.is_set():
        try:
            trace_queue.get(block=False)
        except Empty:
            pass
        time.sleep(1.0)


if __name__ == "__main__":
    stop_event = threading.Event()
    threading.Thread(target=flush_worker, args=(stop_event,), daemon=True).start()
    producers = [threading.Thread(target=lambda n=n: [record_trace([n, i]) for i in range(5000)]) for n in range(4)]
    for p in producers:
        p.start()
    for p in producers:
        p.join()
    stop_event.set()
