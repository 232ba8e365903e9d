# https://github.com/rthalley/dnspython/issues/8
# dns.resolver.Cache.maybe_clean() (run from get()/put() by every Resolver.query()) scanned
# self.data for expired answers and then deleted those keys with no lock; under load several
# threads cleaned at once, both picked the same expired key and the slower one died with
# KeyError in `del self.data[k]`. Fix: Cache owns a threading.Lock held across get/put/flush.
import threading
import time


class Answer:
    def __init__(self, qname, ttl):
        self.qname = qname
        self.expiration = time.time() + ttl


class Cache:
    """Simple DNS answer cache shared by all resolver threads."""

    def __init__(self, cleaning_interval=300.0):
        self.data = {}
        self.cleaning_interval = cleaning_interval
        self.next_cleaning = time.time() + cleaning_interval

    def maybe_clean(self):
        now = time.time()
        if self.next_cleaning <= now:
            keys_to_delete = []
            for k, v in list(self.data.items()):
                if v.expiration <= now:
                    keys_to_delete.append(k)
            for k in keys_to_delete:
                del self.data[k]  # Noncompliant
            now = time.time()
            self.next_cleaning = now + self.cleaning_interval  # Noncompliant

    def get(self, key):
        self.maybe_clean()
        v = self.data.get(key)
        if v is None or v.expiration <= time.time():
            return None
        return v

    def put(self, key, value):
        self.maybe_clean()
        self.data[key] = value


def worker(cache, n):
    for i in range(n):
        key = ("host%d.example." % (i % 50), 15, 1)
        cache.put(key, Answer(key[0], ttl=0.0))
        cache.get(key)


def main():
    cache = Cache(cleaning_interval=0.0)
    threads = [threading.Thread(target=worker, args=(cache, 2000)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    main()
