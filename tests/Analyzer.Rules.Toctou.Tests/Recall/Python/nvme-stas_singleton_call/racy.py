# https://github.com/linux-nvme/nvme-stas/pull/504
# staslib's Singleton metaclass tested its instance table, built the object and stored it
# as separate steps; stafd/stacd reach SvcConf()/NvmeOptions() from several threads, so two
# threads could both find no instance, both run __init__ (probing /dev/nvme-fabrics, reading
# the config file) and get different objects. Fix: get-or-create under one reentrant lock,
# with a lock-free read only for an already published instance.
import threading


class Singleton(type):
    '''metaclass: one instance per class'''

    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            instance = super(Singleton, cls).__call__(*args, **kwargs)
            cls._instances[cls] = instance  # Noncompliant
        return cls._instances[cls]


class NvmeOptions(metaclass=Singleton):
    '''probes the kernel for supported fabrics options'''

    def __init__(self):
        with open('/dev/nvme-fabrics', 'r', encoding='utf-8') as f:
            self._options = f.read()

    @property
    def options(self):
        return self._options


class SvcConf(metaclass=Singleton):
    '''service configuration read from /etc/stas'''

    def __init__(self, conf_file='/etc/stas/sys.conf'):
        self._conf_file = conf_file
        with open(conf_file, 'r', encoding='utf-8') as f:
            self._text = f.read()

    @property
    def conf_file(self):
        return self._conf_file


def worker(results, idx):
    results[idx] = (id(SvcConf()), id(NvmeOptions()))


def start_workers(count=8):
    results = [None] * count
    threads = [threading.Thread(target=worker, args=(results, i)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
