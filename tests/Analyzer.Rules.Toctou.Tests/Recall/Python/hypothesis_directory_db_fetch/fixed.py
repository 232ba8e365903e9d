# https://github.com/HypothesisWorks/hypothesis/issues/372
# Fixed version: fetching tolerates examples that another process removed after the directory
# listing -- each open()/read() is wrapped in try/except OSError and the missing example is
# simply skipped, as in Hypothesis' DirectoryBasedExampleDatabase.fetch().
import binascii
import os
from hashlib import sha384
from multiprocessing import Process


def _short_hash(data):
    return sha384(data).hexdigest()[:16]


class SharedExampleDirectory:
    def __init__(self, path):
        self.path = path
        self.key_dirs = {}

    def _dir_for(self, key):
        if key not in self.key_dirs:
            self.key_dirs[key] = os.path.join(self.path, _short_hash(key))
        return self.key_dirs[key]

    def _file_for(self, key, value):
        return os.path.join(self._dir_for(key), _short_hash(value))

    def load_values(self, key):
        kp = self._dir_for(key)
        if not os.path.exists(kp):
            return
        for name in os.listdir(kp):
            try:
                with open(os.path.join(kp, name), "rb") as handle:
                    yield handle.read()
            except OSError:
                pass

    def store_value(self, key, value):
        os.makedirs(self._dir_for(key), exist_ok=True)
        path = self._file_for(key, value)
        if not os.path.exists(path):
            tmpname = path + "." + binascii.hexlify(os.urandom(16)).decode("ascii")
            with open(tmpname, "wb") as out:
                out.write(value)
            try:
                os.rename(tmpname, path)
            except OSError:
                os.unlink(tmpname)

    def drop_value(self, key, value):
        try:
            os.unlink(self._file_for(key, value))
        except OSError:
            pass


def reader_process(db_path, key):
    store = SharedExampleDirectory(db_path)
    for _ in range(1000):
        list(store.load_values(key))


def pruner_process(db_path, key, values):
    store = SharedExampleDirectory(db_path)
    for value in values:
        store.drop_value(key, value)


def run_shared_db(db_path, key=b"test_function"):
    values = [str(i).encode() for i in range(200)]
    store = SharedExampleDirectory(db_path)
    for value in values:
        store.store_value(key, value)
    procs = [
        Process(target=reader_process, args=(db_path, key)),
        Process(target=pruner_process, args=(db_path, key, values)),
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
