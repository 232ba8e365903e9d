# https://github.com/andresriancho/w3af/pull/17733
# Pool.inspect_threads() runs on a debugging thread and calls Worker.get_state() for every pool
# worker. get_real_func_name() checks self.func is not None and then unwraps and dereferences
# self.func / self.args, while the worker thread resets them to None as soon as its task ends, so
# inspect_threads() occasionally raised. Fix: read self.func and self.args once into locals and
# work only on those copies (get_real_func_name_args), never writing back to the worker.
import queue
import threading
import time


def mapstar(args):
    return list(map(*args))


class one_to_many(object):
    def __init__(self, func):
        self.func_orig = func
        self.__name__ = func.__name__

    def __call__(self, args):
        return self.func_orig(*args)


class Worker(object):
    def __init__(self):
        self.func = None
        self.args = None
        self.kwargs = None
        self.start_time = None

    def is_idle(self):
        return self.func is None

    def get_real_func_name(self):
        if self.func is None:
            return None

        if self.func is mapstar:
            self.func = self.args[0][0]
            self.args = self.args[0][1:]

        if isinstance(self.func, one_to_many):
            return self.func.func_orig.__name__

        return self.func.__name__  # Noncompliant

    def get_state(self):
        return {"func_name": self.get_real_func_name(), "args": self.args,
                "start_time": self.start_time, "idle": self.is_idle()}

    def __call__(self, inqueue):
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


class Pool(object):
    def __init__(self, processes=4):
        self._inqueue = queue.Queue()
        self._workers = [Worker() for _ in range(processes)]
        self._threads = [threading.Thread(target=w, args=(self._inqueue,), daemon=True) for w in self._workers]
        for t in self._threads:
            t.start()

    def apply_async(self, func, *args):
        self._inqueue.put((func, args, {}))

    def inspect_threads(self):
        return [worker.get_state() for worker in self._workers[:]]


def crawl(url):
    time.sleep(0.0001)


if __name__ == "__main__":
    pool = Pool()
    for i in range(20000):
        pool.apply_async(crawl, "http://target/%d" % i)
    for _ in range(2000):
        pool.inspect_threads()
