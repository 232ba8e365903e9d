# https://github.com/Ganesh-403/semantic-plagiarism-detector/issues/2178
# RateLimiter.check_rate_limit() read the per-client counter with Redis GET, compared it with
# the limit, and only afterwards sent INCR (plus EXPIRE). Requests are served concurrently by
# the API workers, so several requests for the same client can all GET the same value, all
# decide they are under the limit and all INCR, letting the client exceed the configured limit.
# The fix increments first and uses the value returned by INCR as the authoritative count.
import redis
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


class RequestLimiter:
    def __init__(self, client, limit=100, window=60, prefix="rate_limit"):
        self.redis = client
        self.limit = limit
        self.window = window
        self.prefix = prefix

    def check_rate_limit(self, identifier):
        key = f"{self.prefix}:{identifier}"
        current = self.redis.get(key)
        if current is None:
            self.redis.setex(key, self.window, 1)  # Noncompliant
            current_count = 1
        else:
            current_count = int(current)
        if current_count >= self.limit:
            return False
        self.redis.incr(key)
        self.redis.expire(key, self.window)
        return True


limiter = RequestLimiter(redis.Redis(host="localhost", port=6379), limit=5)


@app.post("/api/check")
def check_document(request: Request):
    if not limiter.check_rate_limit(request.client.host):
        raise HTTPException(status_code=429, detail="Too many requests")
    return {"status": "queued"}
