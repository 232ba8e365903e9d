import threading
from concurrent.futures import ThreadPoolExecutor


def fetch_all(urls, fetch):
    """Every thread runs the same closure over the same seen dictionary."""
    seen = {}

    def worker(url):
        if url not in seen:  # Secondary [check]
            seen[url] = fetch(url)  # Noncompliant [TOCTOU001] {{seen is checked at line 10 and changed at line 11 by seen[url], with no lock held at either point, while worker is started in parallel at line 14, in a loop}}

    for url in urls:
        threading.Thread(target=worker, args=(url,)).start()  # Secondary [concurrency]
    return seen


def fetch_all_locked(urls, fetch):
    seen = {}
    lock = threading.Lock()

    def worker(url):
        with lock:
            if url not in seen:
                seen[url] = fetch(url)

    with ThreadPoolExecutor() as pool:
        for url in urls:
            pool.submit(worker, url)
    return seen


def count_once(items):
    """The closure runs once, on this thread: nothing else touches totals."""
    totals = {}

    def add(item):
        if item not in totals:
            totals[item] = 0
        totals[item] += 1

    for item in items:
        add(item)
    return totals


def per_call(urls, fetch):
    """Each run of the closure makes its own dictionary."""

    def worker(url):
        mine = {}
        if url not in mine:
            mine[url] = fetch(url)

    for url in urls:
        threading.Thread(target=worker, args=(url,)).start()
