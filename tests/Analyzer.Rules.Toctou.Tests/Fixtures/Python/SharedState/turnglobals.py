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
