# https://github.com/HypothesisWorks/hypothesis/issues/372
# DirectoryBasedExampleDatabase.fetch() lists the key directory and then opens every listed
# example file. Another process sharing the database (e.g. a parallel test run that shrinks
# and deletes stale examples) can unlink a file between the listing and the open, and fetch()
# then fails with FileNotFoundError.
# Fix: fetch() wraps each open()/read() in try/except OSError and skips the vanished example.
import binascii
import os
from hashlib import sha384
from multiprocessing import Process


def _digest(data):
    return sha384(data).hexdigest()[:16]


class DirectoryExampleStore:
    def __init__(self, path):
        self.path = path
        self.keypaths = {}

    def _key_path(self, key):
        if key not in self.keypaths:
            self.keypaths[key] = os.path.join(self.path, _digest(key))
        return self.keypaths[key]

    def _value_path(self, key, value):
        return os.path.join(self._key_path(key), _digest(value))

    def fetch(self, key):
        kp = self._key_path(key)
        if not os.path.exists(kp):
            return
        for name in os.listdir(kp):
            with open(os.path.join(kp, name), "rb") as handle:  # Noncompliant
                yield handle.read()

    def save(self, key, value):
        os.makedirs(self._key_path(key), exist_ok=True)
        path = self._value_path(key, value)
        if not os.path.exists(path):
            tmpname = path + "." + binascii.hexlify(os.urandom(16)).decode("ascii")
            with open(tmpname, "wb") as out:
                out.write(value)
            try:
                os.rename(tmpname, path)
            except OSError:
                os.unlink(tmpname)

    def delete(self, key, value):
        try:
            os.unlink(self._value_path(key, value))
        except OSError:
            pass


def replay_examples(db_path, key):
    store = DirectoryExampleStore(db_path)
    for _ in range(1000):
        list(store.fetch(key))


def discard_examples(db_path, key, values):
    store = DirectoryExampleStore(db_path)
    for value in values:
        store.delete(key, value)


def main(db_path, key=b"test_function"):
    values = [str(i).encode() for i in range(200)]
    store = DirectoryExampleStore(db_path)
    for value in values:
        store.save(key, value)
    procs = [
        Process(target=replay_examples, args=(db_path, key)),
        Process(target=discard_examples, args=(db_path, key, values)),
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
