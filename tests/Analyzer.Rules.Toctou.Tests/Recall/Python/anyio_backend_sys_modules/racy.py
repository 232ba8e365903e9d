# https://github.com/agronholm/anyio/pull/714
# get_async_backend() took the backend module from sys.modules and used its backend_class, but the
# import system publishes a module there before its body has run: a thread using anyio while another
# was still importing the backend got a half-initialised module -> AttributeError (issues #210/#425).
# Fix: a private loaded_backends dict, filled only after import_module() has returned.
import threading
import time
import types

# stand-in for sys.modules and importlib.import_module: the module object is registered
# before its body runs, and import_module() waits for an import in progress to complete
modules = {}
_import_lock = threading.RLock()


def import_module(name):
    with _import_lock:
        module = modules.get(name)
        if module is not None:
            return module
        module = types.ModuleType(name)
        modules[name] = module
        time.sleep(0.01)  # module body executing
        module.backend_class = type("AsyncIOBackend", (), {"name": name})
        return module


def get_async_backend(asynclib_name="asyncio"):
    modulename = "anyio._backends._" + asynclib_name
    try:
        module = modules[modulename]
    except KeyError:
        module = import_module(modulename)

    return getattr(module, "backend_class")  # Noncompliant


def create_task_group():
    return get_async_backend().__name__


def main():
    threads = [threading.Thread(target=create_task_group) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    main()
