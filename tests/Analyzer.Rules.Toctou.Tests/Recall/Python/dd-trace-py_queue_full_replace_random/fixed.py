# https://github.com/DataDog/dd-trace-py/pull/895
# Fixed: the queue size is re-read under the mutex; a random slot is replaced only if the queue is still
# non-empty, otherwise the item is put again.
import random
import threading
import time
from queue import Empty, Full, Queue


class TraceBuffer(Queue):
    def add(self, item):
        try:
            Queue.put(self, item, block=False)
        except Full:
            with self.mutex:
                size = self._qsize()
                if size != 0:
                    slot = random.randrange(0, size)
                    self.queue[slot] = item
                    return
            # Emptied by the flusher in the meantime: just retry.
            self.add(item)

    def drain(self):
        with self.mutex:
            items = self.queue
            self._init(self.maxsize)
            self.not_full.notify_all()
            return list(items)


span_buffer = TraceBuffer(maxsize=1000)


def finish_trace(trace):
    span_buffer.add(trace)


def periodic_flusher(stop):
    while not stop.is_set():
        batch = span_buffer.drain()
        if not batch:
            time.sleep(1.0)


if __name__ == "__main__":
    done = threading.Event()
    threading.Thread(target=periodic_flusher, args=(done,), daemon=True).start()
    writers = [threading.Thread(target=lambda n=n: [finish_trace([n, i]) for i in range(5000)]) for n in range(4)]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    done.set()
