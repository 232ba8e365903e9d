# https://github.com/maurosoria/dirsearch/pull/1609
# The threaded Requester enforced --max-rate by polling is_rate_exceeded() and then calling
# increase_rate() as two separate steps. All worker threads that see spare capacity in the
# same instant pass the check before any of them increments _rate, so requests burst above
# --max-rate. Fix: a lock-protected rolling one-second window where the check and the slot
# reservation happen together.
import threading
import time

import requests

options = {"max_rate": 10, "thread_count": 25}


class Requester(object):
    def __init__(self, url):
        self._url = url
        self._rate = 0
        self.session = requests.Session()

    def is_rate_exceeded(self):
        return self._rate >= options["max_rate"] > 0

    def decrease_rate(self):
        self._rate -= 1

    def increase_rate(self):
        self._rate += 1
        threading.Timer(1, self.decrease_rate).start()

    def request(self, path):
        # Pause while the request rate exceeds the maximum
        while self.is_rate_exceeded():
            time.sleep(0.1)

        self.increase_rate()  # Noncompliant
        return self.session.get(self._url + path, allow_redirects=False, timeout=10)


class Fuzzer(object):
    def __init__(self, requester, wordlist):
        self._requester = requester
        self._words = iter(wordlist)
        self._words_lock = threading.Lock()

    def _next(self):
        with self._words_lock:
            return next(self._words, None)

    def thread_proc(self):
        while True:
            path = self._next()
            if path is None:
                return
            self._requester.request(path)

    def start(self):
        threads = [threading.Thread(target=self.thread_proc, daemon=True)
                   for _ in range(options["thread_count"])]
        for t in threads:
            t.start()
        return threads
