# https://github.com/iDiagoValeta/localOllamaRAG/pull/53
# Fixed: each module-level cache has its own threading.Lock; after the cheap unlocked read
# misses, the key is checked again under the lock so only one caller builds the embedder.
import threading
from concurrent.futures import ThreadPoolExecutor

_embedders = {}
_embedders_lock = threading.Lock()
_rerankers = {}
_rerankers_lock = threading.Lock()


class EmbedderWorker:
    def __init__(self, model_name, device):
        self.model_name = model_name
        self.device = device

    def embed(self, text):
        return [float(len(text))]


class RerankerModel:
    def __init__(self, model_name):
        self.model_name = model_name


def _embed_key(config):
    return (config["embed_model"], config["device"])


def cached_embedder(config):
    key = _embed_key(config)
    found = _embedders.get(key)
    if found is not None:
        return found
    with _embedders_lock:
        found = _embedders.get(key)
        if found is None:
            found = EmbedderWorker(config["embed_model"], config["device"])
            _embedders[key] = found
    return found


def cached_reranker(config):
    key = config["rerank_model"]
    with _rerankers_lock:
        found = _rerankers.get(key)
        if found is None:
            found = RerankerModel(key)
            _rerankers[key] = found
    return found


def answer_query(query, config):
    return cached_embedder(config).embed(query)


def serve_queries(queries, config):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda q: answer_query(q, config), queries))
