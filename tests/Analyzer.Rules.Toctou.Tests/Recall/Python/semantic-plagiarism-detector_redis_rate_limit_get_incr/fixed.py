# https://github.com/Ganesh-403/semantic-plagiarism-detector/issues/2178
# Fixed: INCR runs first and its return value is the count that is compared with the limit,
# so no two requests can act on the same stale pre-increment value.
import redis
from fastapi import FastAPI, HTTPException, Request

api = FastAPI()


class AtomicRequestLimiter:
    def __init__(self, client, limit=100, window=60, prefix="rate_limit"):
        self.store = client
        self.limit = limit
        self.window = window
        self.prefix = prefix

    def allow(self, identifier):
        key = f"{self.prefix}:{identifier}"
        pipe = self.store.pipeline()
        pipe.incr(key)
        pipe.ttl(key)
        count, ttl = pipe.execute()
        if int(count) == 1 or int(ttl) < 0:
            self.store.expire(key, self.window)
        return int(count) <= self.limit


guard = AtomicRequestLimiter(redis.Redis(host="localhost", port=6379), limit=5)


@api.post("/api/check")
def submit_document(request: Request):
    if not guard.allow(request.client.host):
        raise HTTPException(status_code=429, detail="Too many requests")
    return {"status": "queued"}
