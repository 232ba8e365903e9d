# https://github.com/maurosoria/dirsearch/pull/1609
# Fixed version: request start times live in a rolling one-second window; a small lock
# protects pruning, the capacity test and the slot reservation, so concurrent worker threads
# cannot all observe spare capacity. No lock is held while sleeping.
import collections
import threading
import time

import requests

settings = {"max_rate": 10, "thread_count": 25}


class RateLimitedRequester(object):
    def __init__(self, url):
        self._url = url
        self._starts = collections.deque()
        self._rate_lock = threading.Lock()
        self.session = requests.Session()

    def _try_reserve(self):
        max_rate = settings["max_rate"]
        if max_rate <= 0:
            return 0.0
        with self._rate_lock:
            now = time.monotonic()
            while self._starts and now - self._starts[0] >= 1.0:
                self._starts.popleft()
            if len(self._starts) < max_rate:
                self._starts.append(now)
                return 0.0
            return 1.0 - (now - self._starts[0])

    def fetch(self, path):
        while True:
            wait = self._try_reserve()
            if wait <= 0:
                break
            time.sleep(min(wait, 0.1))
        return self.session.get(self._url + path, allow_redirects=False, timeout=10)


class ThreadedScanner(object):
    def __init__(self, requester, wordlist):
        self._requester = requester
        self._words = iter(wordlist)
        self._words_lock = threading.Lock()

    def _take(self):
        with self._words_lock:
            return next(self._words, None)

    def worker(self):
        while True:
            path = self._take()
            if path is None:
                return
            self._requester.fetch(path)
