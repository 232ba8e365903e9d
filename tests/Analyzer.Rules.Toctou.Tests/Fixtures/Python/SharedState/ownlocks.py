import threading


def _worker():
    pass


class PageFetcher:
    """A method that guards its own threads' results with a lock it makes itself says nothing about whether the
    crawler is shared: start()'s set-once thread is left alone."""

    def __init__(self):
        self._thread = None

    def start(self):
        if self._thread is not None:
            raise RuntimeError("started twice")
        self._thread = threading.Thread(target=_worker)
        self._thread.start()

    def fetch_all(self, urls):
        lock = threading.Lock()
        pages = []

        def fetch(url):
            with lock:
                pages.append(url)

        threads = [threading.Thread(target=fetch, args=(u,)) for u in urls]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return pages


_registry_lock = threading.Lock()


class LinkSpider:
    """A lock the module keeps is one every link spider's method takes: a link spider is meant to be shared."""

    def __init__(self):
        self._thread = None
        self.seen = set()

    def start(self):
        if self._thread is not None:
            raise RuntimeError("started twice")
        self._thread = threading.Thread(target=_worker)  # Noncompliant [TOCTOU001] {{self._thread is checked at line 48 and changed at line 50 by self._thread, with no lock held at either point, though LinkSpider's method mark takes a lock; two callers that run it at once can both pass the test and both start the task made at line 50, so it runs twice}}
        self._thread.start()

    def mark(self, url):
        with _registry_lock:
            self.seen.add(url)
