# https://github.com/RazerM/ratelimiter/pull/1
# RateLimiter kept its recent call times in a deque; __exit__ appended the current time and popped calls off the left
# while the window was longer than the period. Threads sharing one limiter ran that loop at once, so one thread popped
# what another's check had seen and the window check raised IndexError on an empty deque. The fix guards the deque with
# a threading lock.
import collections
import threading
import time


class RateLimiter:
    def __init__(self, max_calls, period=1.0, callback=None):
        self.calls = collections.deque()
        self.period = period
        self.max_calls = max_calls
        self.callback = callback

    def __enter__(self):
        if len(self.calls) >= self.max_calls:
            until = time.time() + self.period - self._timespan
            if self.callback:
                t = threading.Thread(target=self.callback, args=(until,))
                t.daemon = True
                t.start()
            sleeptime = until - time.time()
            if sleeptime > 0:
                time.sleep(sleeptime)
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.calls.append(time.time())
        while self._timespan >= self.period:
            self.calls.popleft()  # Noncompliant [TOCTOU001]

    @property
    def _timespan(self):
        return self.calls[-1] - self.calls[0]
