# https://github.com/andresriancho/w3af/pull/17733
# Fixed version: get_real_func_name_args() takes a copy of self.func and self.args once at the
# start and unwraps and tests only those local copies, so the worker thread clearing its tracking
# fields cannot change them half-way, and the inspector never writes to the worker's fields.
import queue
import threading
import time


def star_map(args):
    return list(map(*args))


class spread_args(object):
    def __init__(self, func):
        self.func_orig = func
        self.__name__ = func.__name__

    def apply(self, args):
        return self.func_orig(*args)


class TrackedWorker(object):
    def __init__(self):
        self.func = None
        self.args = None
        self.kwargs = None
        self.start_time = None

    def idle(self):
        return self.func is None

    def get_real_func_name_args(self):
        # self.func/self.args could change over the execution of this method, so take
        # a copy here.
        current_func = self.func
        current_args = self.args

        if current_func is star_map:
            current_func = current_args[0][0]
            current_args = current_args[0][1:]

        if isinstance(current_func, spread_args):
            return current_func.func_orig.__name__, current_args

        if current_func is None:
            return None, None

        return current_func.__name__, current_args

    def snapshot_state(self):
        func_name, func_args = self.get_real_func_name_args()
        return {"func_name": func_name, "args": func_args,
                "start_time": self.start_time, "idle": self.idle()}

    def serve(self, inqueue):
        while True:
            task = inqueue.get()
            if task is None:
                break
            func, args, kwds = task
            # Tracking
            self.func, self.args, self.kwargs, self.start_time = func, args, kwds, time.time()
            func(*args, **kwds)
            # Tracking
            self.func, self.args, self.kwargs, self.start_time = None, None, None, None


class InspectablePool(object):
    def __init__(self, processes=4):
        self._tasks = queue.Queue()
        self._members = [TrackedWorker() for _ in range(processes)]
        for m in self._members:
            threading.Thread(target=m.serve, args=(self._tasks,), daemon=True).start()

    def submit(self, func, *args):
        self._tasks.put((func, args, {}))

    def thread_report(self):
        return [member.snapshot_state() for member in self._members[:]]


def audit(url):
    time.sleep(0.0001)


if __name__ == "__main__":
    tp = InspectablePool()
    for i in range(20000):
        tp.submit(audit, "http://target/%d" % i)
    for _ in range(2000):
        tp.thread_report()
