# https://github.com/cameronmaske/celery-once/pull/60
# celery-once's Redis backend took its "only once" task lock with a GET of the key followed
# by SETEX: two workers (or two web processes calling apply_async) both read no key, both
# write it and both enqueue the same task (issue #7, "Use SETNX when setting the lock").
# Fix: take the lock with redis-py's Lock (SET NX PX) so test-and-set is one Redis command.
import time

from redis import Redis


class AlreadyQueued(Exception):
    def __init__(self, countdown):
        super().__init__(countdown)
        self.countdown = countdown


def now_unix():
    return int(time.time())


class RedisOnceBackend(object):
    """Redis locking backend shared by every worker and producer process."""

    def __init__(self, settings):
        self._redis = Redis.from_url(settings["url"])

    @property
    def redis(self):
        return self._redis

    def raise_or_lock(self, key, timeout):
        """Raise AlreadyQueued if the task is locked, otherwise lock it."""
        now = now_unix()
        result = self.redis.get(key)
        if result:
            remaining = int(result) - now
            if remaining > 0:
                raise AlreadyQueued(remaining)

        # The lock expires together with the task timeout.
        self.redis.setex(key, timeout, now + timeout)  # Noncompliant

    def clear_lock(self, key):
        return self.redis.delete(key)


class QueueOnceTask(object):
    """Stand-in for the QueueOnce celery Task base class."""

    backend = RedisOnceBackend({"url": "redis://localhost:6379/0"})
    name = "tasks.sync_account"

    def apply_async(self, args=None, timeout=3600):
        key = "qo_%s_%s" % (self.name, "_".join(str(a) for a in (args or ())))
        self.backend.raise_or_lock(key, timeout)
        return self.send_to_broker(args)

    def send_to_broker(self, args):
        return ("queued", args)

    def after_return(self, args):
        key = "qo_%s_%s" % (self.name, "_".join(str(a) for a in (args or ())))
        self.backend.clear_lock(key)
