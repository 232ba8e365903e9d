import threading


# Worker threads started from one object run everything they call on it side by side.
class Crawler:
    def __init__(self, urls):
        self.urls = urls
        self.visited = {}
        self.pending = 0

    def start(self, n):
        threads = []
        for _ in range(n):
            thread = threading.Thread(target=self._work)
            thread.start()
            threads.append(thread)
        return threads

    def _work(self):
        for url in self.urls:
            self._visit(url)

    def _visit(self, url):
        if url not in self.visited:  # Secondary [check]
            self.visited[url] = True  # Noncompliant [TOCTOU001] {{self.visited is checked at line 24 and changed at line 25 by self.visited[url], with no lock held at either point, while _visit runs in every copy of Crawler._work, which is started in parallel at line 14, in a loop}}


# The object a field is made from in __init__ is of that class: its methods run in every copy of the worker too.
class Index:
    def __init__(self):
        self.entries = {}

    def add(self, key):
        if key not in self.entries:  # Secondary [check]
            self.entries[key] = len(self.entries)  # Noncompliant [TOCTOU001] {{self.entries is checked at line 34 and changed at line 35 by self.entries[key], with no lock held at either point, while add runs in every copy of Indexer._work, which is started in parallel at line 45, in a loop}}


class Indexer:
    def __init__(self, keys):
        self.keys = keys
        self.index = Index()

    def start(self, n):
        for _ in range(n):
            threading.Thread(target=self._work).start()

    def _work(self):
        for key in self.keys:
            self.index.add(key)
