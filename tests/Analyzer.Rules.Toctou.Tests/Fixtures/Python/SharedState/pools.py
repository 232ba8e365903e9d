import threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.pool import ThreadPool


class LinkChecker:
    """A pool's map runs the function on many items side by side."""

    def __init__(self, frame):
        self._lock = threading.Lock()
        self._visited = set()
        self._counts = {}
        self._scores = {}
        self._frame = frame

    def crawl(self, urls):
        with ThreadPoolExecutor(max_workers=8) as executor:
            list(executor.map(self._visit, urls))

    def _visit(self, url):
        if url in self._visited:  # Secondary [check]
            return
        self._visited.add(url)  # Noncompliant {{self._visited is checked at line 21 and changed at line 23 by self._visited.add(url), with no lock held at either point, while _visit is started in parallel at line 18, on many items at once}}

    def count(self, urls):
        pool = ThreadPool(4)
        pool.map(self._count, urls)

    def _count(self, url):
        with self._lock:
            if url not in self._counts:
                self._counts[url] = 0
            self._counts[url] += 1

    def score(self):
        # A data frame's map runs the function on this thread, one item after another.
        return self._frame.map(self._score)

    def _score(self, value):
        if value not in self._scores:
            self._scores[value] = len(self._scores)
        return self._scores[value]


def fetch_all(urls):
    """Threads made in a comprehension run the target once per item, side by side."""
    results = {}

    def fetch(url):
        if url not in results:  # Secondary [check]
            results[url] = len(url)  # Noncompliant {{results is checked at line 50 and changed at line 51 by results[url], with no lock held at either point, while fetch is started in parallel at line 53, in a loop}}

    threads = [threading.Thread(target=fetch, args=(url,)) for url in urls]
    for thread in threads:
        thread.start()


# build hands add to a thread pool once per key: the adds run side by side.
class Ledger:
    def __init__(self):
        self.entries = {}

    def add(self, key):
        if key not in self.entries:  # Secondary [check]
            self.entries[key] = len(self.entries)  # Noncompliant [TOCTOU001] {{self.entries is checked at line 64 and changed at line 65 by self.entries[key], with no lock held at either point, while add is started in parallel at line 69, in a loop}}

    def build(self, pool, keys):
        for key in keys:
            pool.apply_async(self.add, (key,))  # Secondary [concurrency]


import gevent  # noqa: E402


# warm spawns a greenlet per key; each can block in fetch, letting the others check the same key.
class Warmer:
    def __init__(self):
        self.loaded = {}

    def load(self, key):
        if key not in self.loaded:  # Secondary [check]
            self.loaded[key] = fetch(key)  # Noncompliant [TOCTOU001] {{self.loaded is checked at line 81 and changed at line 82 by self.loaded[key], with no lock held at either point, while load is started in parallel at line 85, in a loop}}

    def warm(self, keys):
        return [gevent.spawn(self.load, key) for key in keys]  # Secondary [concurrency]
