# https://github.com/flyteorg/flytekit/pull/2735
# Fixed version: load_optional_transformers() runs entirely under a class-level threading.Lock, so a
# thread that arrives while another one is registering the transformers waits for it to finish instead
# of returning with an incomplete registry.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class PandasFrame:
    """Stand-in for pandas.DataFrame."""


class Transformer:
    def __init__(self, name, t):
        self.name = name
        self.python_type = t


def register_pandas_encoders():
    time.sleep(0.02)
    LockedTypeEngine.add(Transformer("pandas-parquet", PandasFrame))


def register_arrow_encoders():
    time.sleep(0.01)
    LockedTypeEngine.add(Transformer("arrow-parquet", bytes))


class LockedTypeEngine:
    _REGISTRY = {}
    has_lazy_import = False
    lazy_import_lock = threading.Lock()

    @classmethod
    def add(cls, transformer):
        cls._REGISTRY[transformer.python_type] = transformer

    @classmethod
    def load_optional_transformers(cls):
        """Only load the transformers if needed."""
        with cls.lazy_import_lock:
            # Concurrent threads must not leave this method before the transformers are registered.
            if cls.has_lazy_import:
                return
            cls.has_lazy_import = True
            register_pandas_encoders()
            register_arrow_encoders()

    @classmethod
    def lookup_transformer(cls, python_type):
        cls.load_optional_transformers()
        if python_type in cls._REGISTRY:
            return cls._REGISTRY[python_type]
        raise ValueError("Failed to find a handler for %s" % python_type)


def launch_execution(i):
    return LockedTypeEngine.lookup_transformer(PandasFrame).name


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = [pool.submit(launch_execution, i) for i in range(2)]
    print([str(r.exception()) for r in results if r.exception()])
