# https://github.com/punitarani/fli/pull/155
# get_client() lazily creates the module-level Client singleton with a bare "if client is
# None". Concurrent searches from a thread pool can both see None and each build a Client
# with its own TokenBucketRateLimiter, silently doubling the global 10 req/s budget.
# The merged fix uses a module-level lock with double-checked locking.
import threading
from concurrent.futures import ThreadPoolExecutor


class TokenBucketRateLimiter:
    def __init__(self, calls, period):
        self.calls = calls
        self.period = period
        self._lock = threading.Lock()

    def acquire(self):
        with self._lock:
            pass  # token accounting


class Client:
    def __init__(self, calls_per_second=10):
        self._sessions = threading.local()
        self._rate_limiter = TokenBucketRateLimiter(calls=calls_per_second, period=1.0)

    def post(self, url, **kwargs):
        self._rate_limiter.acquire()
        return url


client = None


def get_client():
    global client
    if client is None:
        client = Client()  # Noncompliant
    return client


def search_many(urls):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda u: get_client().post(u), urls))
