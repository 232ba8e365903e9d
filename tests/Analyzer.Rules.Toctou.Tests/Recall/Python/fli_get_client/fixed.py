# https://github.com/punitarani/fli/pull/155
# Fixed: double-checked locking guarded by a module-level lock, so only one shared
# client (and one rate limiter) ever exists per process.
import threading
from concurrent.futures import ThreadPoolExecutor


class SharedRateLimiter:
    def __init__(self, calls, period):
        self.calls = calls
        self.period = period
        self._lock = threading.Lock()

    def acquire(self):
        with self._lock:
            pass


class SharedClient:
    def __init__(self, calls_per_second=10):
        self._sessions = threading.local()
        self._rate_limiter = SharedRateLimiter(calls=calls_per_second, period=1.0)

    def post(self, url, **kwargs):
        self._rate_limiter.acquire()
        return url


shared_client = None
_client_lock = threading.Lock()


def get_shared_client():
    global shared_client
    if shared_client is None:
        with _client_lock:
            if shared_client is None:
                shared_client = SharedClient()
    return shared_client


def search_many_locked(urls):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda u: get_shared_client().post(u), urls))
