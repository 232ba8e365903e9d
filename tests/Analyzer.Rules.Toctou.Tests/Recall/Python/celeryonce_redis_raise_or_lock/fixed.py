# https://github.com/cameronmaske/celery-once/pull/60
# Fixed version: the lock is acquired with redis-py's Lock, which issues SET key token NX PX,
# so checking for an existing lock and taking it is a single atomic Redis command; the
# loser gets acquire() == False and raises AlreadyQueued with the key's remaining PTTL.
from redis import Redis
from redis.lock import Lock


class AlreadyQueuedError(Exception):
    def __init__(self, countdown):
        super().__init__(countdown)
        self.countdown = countdown


class RedisSetNxBackend(object):
    """Redis locking backend shared by every worker and producer process."""

    def __init__(self, settings):
        self._redis = Redis.from_url(settings["url"])
        self.blocking_timeout = settings.get("blocking_timeout", 1)
        self.blocking = settings.get("blocking", False)

    @property
    def redis(self):
        return self._redis

    def acquire_or_raise(self, key, timeout):
        acquired = Lock(
            self.redis,
            key,
            timeout=timeout,
            blocking=self.blocking,
            blocking_timeout=self.blocking_timeout,
        ).acquire()
        if not acquired:
            ttl = self.redis.pttl(key)
            raise AlreadyQueuedError(ttl / 1000.0)

    def release(self, key):
        return self.redis.delete(key)


class SingleQueueTask(object):
    backend = RedisSetNxBackend({"url": "redis://localhost:6379/0"})
    name = "tasks.sync_account"

    def queue(self, args=None, timeout=3600):
        key = "qo_%s_%s" % (self.name, "_".join(str(a) for a in (args or ())))
        self.backend.acquire_or_raise(key, timeout)
        return ("queued", args)

    def finished(self, args):
        key = "qo_%s_%s" % (self.name, "_".join(str(a) for a in (args or ())))
        self.backend.release(key)
