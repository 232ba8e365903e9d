# https://github.com/vllm-project/vllm/pull/21536
# Several worker processes (tensor-parallel ranks / API servers) call the loader at once.
# The model path is tested with os.path.exists() before the per-model file lock is taken,
# so every process that saw "missing" queues on the lock and then downloads again.
# Fix: take the file lock first and re-check the path while holding it.
import os
import threading
from concurrent.futures import ThreadPoolExecutor

_locks = {}
_locks_guard = threading.Lock()


def get_lock(model, download_dir):
    # stand-in for vLLM's filelock.FileLock keyed on the model name
    key = (model, download_dir)
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


def snapshot_download(model_id, cache_dir, revision=None):
    path = os.path.join(cache_dir or "/tmp/ms-cache", model_id.replace("/", "--"))
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "config.json"), "w") as f:
        f.write("{}")
    return path


class LoadConfig:
    def __init__(self, download_dir=None):
        self.download_dir = download_dir


class DefaultModelLoader:
    def __init__(self, load_config):
        self.load_config = load_config

    def _maybe_download_from_modelscope(self, model, revision):
        if not os.path.exists(model):
            with get_lock(model, self.load_config.download_dir):
                model_path = snapshot_download(  # Noncompliant
                    model_id=model,
                    cache_dir=self.load_config.download_dir,
                    revision=revision,
                )
        else:
            model_path = model
        return model_path


def main():
    loader = DefaultModelLoader(LoadConfig("/tmp/ms-cache"))
    with ThreadPoolExecutor(max_workers=4) as pool:
        futs = [pool.submit(loader._maybe_download_from_modelscope, "/tmp/ms-cache/qwen", None)
                for _ in range(4)]
        print([f.result() for f in futs])


if __name__ == "__main__":
    main()
