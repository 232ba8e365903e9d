# https://github.com/tqdm/tqdm/pull/329
# Fixed version: "no bars left and a monitor exists" is checked and the monitor is stopped and deleted while the
# class lock is still held, the same lock __new__ holds when it creates the monitor.
import threading
from weakref import WeakSet


class SafeTMonitor(threading.Thread):
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


class SafeBar:
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
                cls.monitor = SafeTMonitor(cls, cls.monitor_interval)
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
                del cls.monitor

    def close(self):
        self._decr_instances(self)


def safe_worker():
    bar = SafeBar(total=100)
    bar.close()


if __name__ == "__main__":
    threads = [threading.Thread(target=safe_worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
