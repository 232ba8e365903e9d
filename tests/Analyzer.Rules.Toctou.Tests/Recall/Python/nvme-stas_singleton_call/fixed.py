# https://github.com/linux-nvme/nvme-stas/pull/504
# Fixed version: the instance (with the arguments it was built with) is published as one
# dict entry while holding a shared reentrant lock; the lock-free path only returns an
# instance that is already published, and later callers' arguments are checked against it.
import threading


class SafeSingleton(type):
    '''metaclass: one instance per class, created under a lock'''

    _entries = {}
    _lock = threading.RLock()

    def __call__(cls, *args, **kwargs):
        entry = cls._entries.get(cls)
        if entry is None:
            with cls._lock:
                entry = cls._entries.get(cls)
                if entry is None:
                    instance = super(SafeSingleton, cls).__call__(*args, **kwargs)
                    entry = (instance, args, kwargs)
                    cls._entries[cls] = entry
        instance, first_args, first_kwargs = entry
        if (args or kwargs) and (args, kwargs) != (first_args, first_kwargs):
            raise ValueError(f'{cls.__name__} already created with other arguments')
        return instance


class FabricsOptions(metaclass=SafeSingleton):
    '''probes the kernel for supported fabrics options'''

    def __init__(self):
        with open('/dev/nvme-fabrics', 'r', encoding='utf-8') as f:
            self._options = f.read()

    @property
    def options(self):
        return self._options


class ServiceConf(metaclass=SafeSingleton):
    '''service configuration read from /etc/stas'''

    def __init__(self, conf_file='/etc/stas/sys.conf'):
        self._conf_file = conf_file
        with open(conf_file, 'r', encoding='utf-8') as f:
            self._text = f.read()

    @property
    def conf_file(self):
        return self._conf_file


def safe_worker(results, idx):
    results[idx] = (id(ServiceConf()), id(FabricsOptions()))


def start_safe_workers(count=8):
    results = [None] * count
    threads = [threading.Thread(target=safe_worker, args=(results, i)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
