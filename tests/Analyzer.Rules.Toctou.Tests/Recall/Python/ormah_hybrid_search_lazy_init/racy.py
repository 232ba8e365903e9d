# https://github.com/r-spade/ormah/pull/69
# MemoryEngine._get_hybrid_search lazily built a HybridSearch with no lock. Once
# recall_search ran in the Starlette threadpool, the first burst of concurrent
# recalls could all see None and each construct a HybridSearch (last write wins).
# Fix (closes #27): double-checked locking with a threading.Lock.
import threading
from concurrent.futures import ThreadPoolExecutor


class HybridSearch:
    def __init__(self, db, settings):
        self.db = db
        self.settings = settings

    def search(self, query):
        return []


class MemoryEngine:
    def __init__(self, db, settings):
        self.db = db
        self.settings = settings
        self._hybrid_search = None
        self._write_lock = threading.Lock()

    def _get_hybrid_search(self):
        if self._hybrid_search is not None:
            return self._hybrid_search
        try:
            self._hybrid_search = HybridSearch(self.db, self.settings)  # Noncompliant
            return self._hybrid_search
        except ImportError:
            return None

    def recall_search(self, query):
        hs = self._get_hybrid_search()
        return hs.search(query) if hs else []

    def remember(self, node):
        with self._write_lock:
            self.db.insert(node)


def serve_recalls(engine: MemoryEngine, queries):
    # stands in for Starlette's run_in_threadpool for each request
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(engine.recall_search, queries))
