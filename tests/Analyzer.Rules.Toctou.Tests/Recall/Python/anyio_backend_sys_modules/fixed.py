# https://github.com/agronholm/anyio/pull/714
# Fixed shape: get_async_backend() no longer trusts the module registry, which may hold a
# module still being imported; it uses its own loaded_backends dict, and a backend class is
# stored there only after import_module() has returned a fully executed module.
import threading
import time
import types

registry = {}
_registry_import_lock = threading.RLock()
loaded_backends = {}


def load_module(name):
    with _registry_import_lock:
        module = registry.get(name)
        if module is not None:
            return module
        module = types.ModuleType(name)
        registry[name] = module
        time.sleep(0.01)  # module body executing
        module.backend_class = type("AsyncIOBackend", (), {"name": name})
        return module


def get_backend_class(asynclib_name="asyncio"):
    modulename = "anyio._backends._" + asynclib_name
    try:
        return loaded_backends[modulename]
    except KeyError:
        module = load_module(modulename)
        backend_class = loaded_backends[modulename] = getattr(module, "backend_class")
        return backend_class


def open_task_group():
    return get_backend_class().__name__


def run_threads():
    threads = [threading.Thread(target=open_task_group) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    run_threads()
