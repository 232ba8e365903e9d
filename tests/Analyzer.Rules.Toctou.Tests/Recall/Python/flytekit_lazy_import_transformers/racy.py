# https://github.com/flyteorg/flytekit/pull/2735
# TypeEngine.lazy_import_transformers() tested the class flag has_lazy_import and set it *before* it
# imported/registered the optional transformers, so a second thread starting an execution returned at once
# and failed with "Failed to find a handler for DataFrame" (flyte#5732).
# Fix: a class-level lazy_import_lock held across the flag test, the flag update and the registrations.
import time
from concurrent.futures import ThreadPoolExecutor


class DataFrame:
    """Stand-in for pandas.DataFrame."""


class TypeTransformer:
    def __init__(self, name, t):
        self.name = name
        self.python_type = t


def register_pandas_handlers():
    time.sleep(0.02)  # importing pandas/pyarrow is slow
    TypeEngine.register(TypeTransformer("pandas-parquet", DataFrame))


def register_arrow_handlers():
    time.sleep(0.01)
    TypeEngine.register(TypeTransformer("arrow-parquet", bytes))


class TypeEngine:
    _REGISTRY = {}
    has_lazy_import = False

    @classmethod
    def register(cls, transformer):
        cls._REGISTRY[transformer.python_type] = transformer

    @classmethod
    def lazy_import_transformers(cls):
        """Only load the transformers if needed."""
        if cls.has_lazy_import:
            return
        cls.has_lazy_import = True  # Noncompliant
        register_pandas_handlers()
        register_arrow_handlers()

    @classmethod
    def get_transformer(cls, python_type):
        cls.lazy_import_transformers()
        if python_type in cls._REGISTRY:
            return cls._REGISTRY[python_type]
        raise ValueError("Failed to find a handler for %s" % python_type)


def execute_remote_launch_plan(i):
    # FlyteRemote converts the python inputs to literals before submitting the execution
    return TypeEngine.get_transformer(DataFrame).name


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(execute_remote_launch_plan, i) for i in range(2)]
    print([str(f.exception()) for f in futures if f.exception()])
