# https://github.com/iDiagoValeta/localOllamaRAG/pull/53
# rag/engine/wiring.py cached the embedder (and store/lexical/reranker) in module globals with
# an unguarded check-then-set: two concurrent first queries both saw the slot empty and each
# spawned a GPU embedder worker; the loser was orphaned. Fix: one threading.Lock per cache with
# double-checked locking (fast unlocked read, re-check under the lock).
import threading
from concurrent.futures import ThreadPoolExecutor

_embedder_cache = {}
_reranker_cache = {}


class Embedder:
    def __init__(self, model_name, device):
        self.model_name = model_name
        self.device = device

    def embed(self, text):
        return [float(len(text))]


class Reranker:
    def __init__(self, model_name):
        self.model_name = model_name


def _config_key(config):
    return (config["embed_model"], config["device"])


def get_embedder(config):
    key = _config_key(config)
    if key not in _embedder_cache:
        _embedder_cache[key] = Embedder(config["embed_model"], config["device"])  # Noncompliant
    return _embedder_cache[key]


def get_reranker(config):
    key = config["rerank_model"]
    cached = _reranker_cache.get(key)
    if cached is None:
        cached = Reranker(key)
        _reranker_cache[key] = cached  # Noncompliant
    return cached


def answer(query, config):
    return get_embedder(config).embed(query)


def serve(queries, config):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda q: answer(q, config), queries))
