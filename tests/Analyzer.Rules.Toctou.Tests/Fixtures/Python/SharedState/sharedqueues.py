import queue
import threading


# Every thread a loop starts is handed the one queue made before the loop: between empty() and get() another of them
# can take the last item, and get() then waits for ever.
def drain_into(q, out):
    while not q.empty():  # Secondary [check]
        out.append(q.get())  # Noncompliant [TOCTOU001] {{q is checked at line 8 and changed at line 9 by q.get(), with no lock held at either point, while drain_into is started in parallel at line 16, in a loop}}


def drain_all():
    jobs = queue.Queue()
    out = []
    for _ in range(4):
        threading.Thread(target=drain_into, args=(jobs, out)).start()  # Secondary [concurrency]
    return out


def collect_into(q, seen):
    item = q.get_nowait()
    if item not in seen:  # Secondary [check]
        seen.append(item)  # Noncompliant [TOCTOU001] {{seen is checked at line 22 and changed at line 23 by seen.append(item), with no lock held at either point, while collect_into is started in parallel at line 29, in a loop}}


def collect_all():
    pending = queue.Queue()
    seen = []
    workers = [threading.Thread(target=collect_into, args=(pending, seen)) for _ in range(4)]  # Secondary [concurrency]
    for worker in workers:
        worker.start()
    return seen


# get_nowait() takes an item or raises queue.Empty in one step.
def drain_nowait(q, out):
    while not q.empty():
        try:
            out.append(q.get_nowait())
        except queue.Empty:
            break


def drain_all_nowait():
    jobs = queue.Queue()
    for _ in range(4):
        threading.Thread(target=drain_nowait, args=(jobs, [])).start()


# Each thread drains a queue of its own.
def drain_own(q):
    while not q.empty():
        q.get()


def drain_each():
    for _ in range(4):
        own = queue.Queue()
        threading.Thread(target=drain_own, args=(own,)).start()
