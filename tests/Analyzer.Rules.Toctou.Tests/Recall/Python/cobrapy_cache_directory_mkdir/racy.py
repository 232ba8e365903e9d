# https://github.com/opencobra/cobrapy/issues/1476
# https://github.com/opencobra/cobrapy/pull/1477
# Importing cobra builds the Configuration singleton, whose cache_directory setter checked
# Path.is_dir() and then called mkdir(parents=True). A script that started six Python
# processes which all imported cobra on a fresh install crashed with FileExistsError: two
# processes saw no cache directory and the slower mkdir failed. The fix drops the separate
# existence check and calls mkdir(parents=True, exist_ok=True).
import multiprocessing
import pathlib


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Configuration(metaclass=Singleton):
    def __init__(self):
        self._cache_directory = None
        self.cache_directory = pathlib.Path.home() / ".cache" / "cobrapy"

    @property
    def cache_directory(self):
        return self._cache_directory

    @cache_directory.setter
    def cache_directory(self, path):
        self._cache_directory = pathlib.Path(path)
        if not self._cache_directory.is_dir():
            self._cache_directory.mkdir(parents=True)  # Noncompliant


def search_one(index):
    config = Configuration()
    return index, str(config.cache_directory)


if __name__ == "__main__":
    workers = [multiprocessing.Process(target=search_one, args=(i,)) for i in range(6)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
