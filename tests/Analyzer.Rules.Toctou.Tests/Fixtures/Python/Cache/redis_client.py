import redis


class Sessions:
    def __init__(self, url):
        self._redis = redis.Redis.from_url(url)
        self._seen = {}

    def open(self, sid, data):
        if self._redis.exists(sid):  # Secondary [check]
            return False
        self._redis.set(sid, data, ex=3600)  # Noncompliant {{self._redis.exists reads key sid at line 10 and sets it at line 12 when it was missing; another client can set it in between}}
        return True

    def open_atomically(self, sid, data):
        return bool(self._redis.set(sid, data, ex=3600, nx=True))

    def open_with_setnx(self, sid, data):
        return bool(self._redis.setnx(sid, data))

    def remember(self, sid):
        # a plain dict whose name says nothing: mapping reads and writes, not Redis commands
        if self._seen.get(sid) is None:
            self._seen[sid] = True
