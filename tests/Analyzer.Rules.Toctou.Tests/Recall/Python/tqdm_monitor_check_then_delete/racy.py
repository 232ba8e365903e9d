# https://github.com/tqdm/tqdm/pull/329
# tqdm._decr_instances() removed the closing bar from cls._instances under the class lock, but then checked
# "no instances left and cls.monitor set" and called cls.monitor.exit(); del cls.monitor after leaving the lock.
# Two bars closing in different threads could both pass the check and the second `del` failed (AttributeError,
# issue #338), or a new bar created in between lost its monitor. The fix moved the check and delete under the lock.
import threading
from weakref import WeakSet


class TMonitor(threading.Thread):
    def __init__(self, tqdm_cls, sleep_interval):
        super().__init__(daemon=True)
        self.tqdm_cls = tqdm_cls
        self.sleep_interval = sleep_interval
        self._stop_evt = threading.Event()
        self.start()

    def run(self):
        while not self._stop_evt.wait(self.sleep_interval):
            with self.tqdm_cls.get_lock():
                list(self.tqdm_cls._instances)

    def exit(self):
        self._stop_evt.set()

    def report(self):
        return not self._stop_evt.is_set()


class Bar:
    monitor_interval = 10
    monitor = None
    _instances = WeakSet()
    _lock = threading.RLock()

    @classmethod
    def get_lock(cls):
        return cls._lock

    def __new__(cls, *args, **kwargs):
        instance = object.__new__(cls)
        with cls._lock:
            cls._instances.add(instance)
            if cls.monitor_interval and (cls.monitor is None or not cls.monitor.report()):
                cls.monitor = TMonitor(cls, cls.monitor_interval)
        return instance

    def __init__(self, total=0):
        self.total = total
        self.pos = 0

    @classmethod
    def _decr_instances(cls, instance):
        with cls._lock:
            try:
                cls._instances.remove(instance)
            except KeyError:
                pass
            for inst in cls._instances:
                if inst.pos > instance.pos:
                    inst.pos -= 1
        if not cls._instances and cls.monitor:
            cls.monitor.exit()
            del cls.monitor  # Noncompliant

    def close(self):
        self._decr_instances(self)


def worker():
    bar = Bar(total=100)
    bar.close()


if __name__ == "__main__":
    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
