# https://github.com/opencobra/cobrapy/issues/1476
# https://github.com/opencobra/cobrapy/pull/1477
# Fixed: the setter just calls mkdir(parents=True, exist_ok=True), which tolerates another
# process having created the directory first.
import multiprocessing
import pathlib


class OneInstance(type):
    _made = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._made:
            cls._made[cls] = super().__call__(*args, **kwargs)
        return cls._made[cls]


class SolverSettings(metaclass=OneInstance):
    def __init__(self):
        self._cache_dir = None
        self.cache_dir = pathlib.Path.home() / ".cache" / "cobrapy"

    @property
    def cache_dir(self):
        return self._cache_dir

    @cache_dir.setter
    def cache_dir(self, path):
        self._cache_dir = pathlib.Path(path)
        self._cache_dir.mkdir(parents=True, exist_ok=True)


def run_search(index):
    settings = SolverSettings()
    return index, str(settings.cache_dir)


if __name__ == "__main__":
    procs = [multiprocessing.Process(target=run_search, args=(i,)) for i in range(6)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
