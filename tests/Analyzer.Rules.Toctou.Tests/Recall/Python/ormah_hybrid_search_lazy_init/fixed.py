# https://github.com/r-spade/ormah/pull/69
# Fixed version: lock-free fast path once built; construction is serialized by a
# lock and the field is re-checked inside it, so exactly one HybridSearch exists.
import threading
from concurrent.futures import ThreadPoolExecutor


class HybridIndex:
    def __init__(self, db, settings):
        self.db = db
        self.settings = settings

    def search(self, query):
        return []


class SafeMemoryEngine:
    def __init__(self, db, settings):
        self.db = db
        self.settings = settings
        self._hybrid_index = None
        self._hybrid_lock = threading.Lock()
        self._write_lock = threading.Lock()

    def _hybrid(self):
        if self._hybrid_index is not None:
            return self._hybrid_index
        with self._hybrid_lock:
            if self._hybrid_index is None:
                try:
                    self._hybrid_index = HybridIndex(self.db, self.settings)
                except ImportError:
                    return None
            return self._hybrid_index

    def recall(self, query):
        hs = self._hybrid()
        return hs.search(query) if hs else []

    def store(self, node):
        with self._write_lock:
            self.db.insert(node)


def serve_recalls_safely(engine: SafeMemoryEngine, queries):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(engine.recall, queries))
