# https://github.com/rthalley/dnspython/issues/8
# Fixed shape of dns.resolver.Cache: a per-cache threading.Lock is taken in get(), put() and
# flush(), and _maybe_clean() only runs while it is held, so the expiry scan and the deletes
# of the keys it found cannot interleave with another thread's cleaning or insertion.
import threading
import time


class CachedAnswer:
    def __init__(self, qname, ttl):
        self.qname = qname
        self.expiration = time.time() + ttl


class LockedAnswerCache:
    """DNS answer cache whose operations are serialized by self.lock."""

    def __init__(self, cleaning_interval=300.0):
        self.data = {}
        self.cleaning_interval = cleaning_interval
        self.next_cleaning = time.time() + cleaning_interval
        self.lock = threading.Lock()

    def _maybe_clean(self):
        # caller holds self.lock
        now = time.time()
        if self.next_cleaning <= now:
            keys_to_delete = []
            for k, v in self.data.items():
                if v.expiration <= now:
                    keys_to_delete.append(k)
            for k in keys_to_delete:
                del self.data[k]
            now = time.time()
            self.next_cleaning = now + self.cleaning_interval

    def get(self, key):
        with self.lock:
            self._maybe_clean()
            v = self.data.get(key)
            if v is None or v.expiration <= time.time():
                return None
            return v

    def put(self, key, value):
        with self.lock:
            self._maybe_clean()
            self.data[key] = value

    def flush(self, key=None):
        with self.lock:
            if key is not None:
                if key in self.data:
                    del self.data[key]
            else:
                self.data = {}
                self.next_cleaning = time.time() + self.cleaning_interval


def resolver_worker(cache, n):
    for i in range(n):
        key = ("host%d.example." % (i % 50), 15, 1)
        cache.put(key, CachedAnswer(key[0], ttl=0.0))
        cache.get(key)


def run_resolvers():
    cache = LockedAnswerCache(cleaning_interval=0.0)
    threads = [threading.Thread(target=resolver_worker, args=(cache, 2000)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    run_resolvers()
