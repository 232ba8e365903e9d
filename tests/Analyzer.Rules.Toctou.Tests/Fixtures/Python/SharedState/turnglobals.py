import threading

# Each downloader thread is an object of its own, made on its turn of the loop, but every copy records finished urls
# in one class-level set. What a thread keeps on its own object is its own.


class Downloader(threading.Thread):
    finished = set()

    def __init__(self, url):
        super().__init__()
        self.url = url
        self.attempts = {}

    def run(self):
        if self.url not in Downloader.finished:  # Secondary [check]
            Downloader.finished.add(self.url)  # Noncompliant [TOCTOU001] {{Downloader.finished is checked at line 16 and changed at line 17 by Downloader.finished.add(self.url), with no lock held at either point, while run is started in parallel at line 24, in a loop, on objects of their own that all reach Downloader.finished}}
        if self.url not in self.attempts:
            self.attempts[self.url] = 1


def download_all(urls):
    for url in urls:
        Downloader(url).start()


# Fetchers handed in as a list each run on a thread of their own, and every copy records hosts in one module-level dict;
# what a fetcher keeps on itself is its own.
resolved_hosts = {}


class HostFetcher:
    def __init__(self, host):
        self.host = host
        self.tries = {}

    def record_host(self):
        if self.host not in self.tries:
            self.tries[self.host] = 1
        if self.host not in resolved_hosts:  # Secondary [check]
            resolved_hosts[self.host] = object()  # Noncompliant [TOCTOU001] {{resolved_hosts is checked at line 40 and changed at line 41 by resolved_hosts[self.host], with no lock held at either point, while record_host is started in parallel at line 46, in a loop, on objects of their own that all reach resolved_hosts}}


def fetch_all(fetchers):
    for fetcher in fetchers:
        threading.Thread(target=fetcher.record_host).start()
