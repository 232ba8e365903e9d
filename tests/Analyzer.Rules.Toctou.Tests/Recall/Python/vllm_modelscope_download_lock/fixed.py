# https://github.com/vllm-project/vllm/pull/21536
# Fixed version: the existence check of the model path is done while holding the
# per-model file lock, so only the first process downloads and the others reuse it.
import os
import threading
from concurrent.futures import ThreadPoolExecutor

_model_locks = {}
_model_locks_guard = threading.Lock()


def acquire_model_lock(model, download_dir):
    key = (model, download_dir)
    with _model_locks_guard:
        return _model_locks.setdefault(key, threading.Lock())


def fetch_snapshot(model_id, cache_dir, revision=None):
    path = os.path.join(cache_dir or "/tmp/ms-cache", model_id.replace("/", "--"))
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "config.json"), "w") as f:
        f.write("{}")
    return path


class LoaderSettings:
    def __init__(self, download_dir=None):
        self.download_dir = download_dir


class SafeModelLoader:
    def __init__(self, load_config):
        self.load_config = load_config

    def _maybe_fetch_from_modelscope(self, model, revision):
        with acquire_model_lock(model, self.load_config.download_dir):
            if not os.path.exists(model):
                model_path = fetch_snapshot(
                    model_id=model,
                    cache_dir=self.load_config.download_dir,
                    revision=revision,
                )
            else:
                model_path = model
        return model_path


def run():
    loader = SafeModelLoader(LoaderSettings("/tmp/ms-cache"))
    with ThreadPoolExecutor(max_workers=4) as pool:
        futs = [pool.submit(loader._maybe_fetch_from_modelscope, "/tmp/ms-cache/qwen", None)
                for _ in range(4)]
        print([f.result() for f in futs])


if __name__ == "__main__":
    run()
