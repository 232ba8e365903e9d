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
