import threading


class SiteMapper:
    def __init__(self, urls):
        self.urls = urls
        self.mapped = {}

    def on_each(self, fn):
        """Starts what it is handed on a thread per url."""
        threads = [threading.Thread(target=fn, args=(url,)) for url in self.urls]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    def in_order(self, fn):
        """Runs what it is handed on the caller's thread."""
        for url in self.urls:
            fn(url)

    def map_site(self):
        self.on_each(self._map_page)

    def map_site_slowly(self):
        self.in_order(self._note_page)

    # Started once per url by on_each: two threads can both find a url unvisited.
    def _map_page(self, url):
        if url not in self.mapped:  # Secondary [check]
            self.mapped[url] = 1  # Noncompliant [TOCTOU001] {{self.mapped is checked at line 30 and changed at line 31 by self.mapped[url], with no lock held at either point, while _map_page is started in parallel at line 23 by on_each, in a loop}}

    def _note_page(self, url):
        if url not in self.mapped:
            self.mapped[url] = 0
