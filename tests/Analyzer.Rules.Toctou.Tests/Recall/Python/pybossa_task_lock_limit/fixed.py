# https://github.com/bloomberg/pybossa/pull/753
# Fixed shape: acquire_lock() holds a short-lived Redis mutex (self._redis.lock(...)) while it
# expires old holders, checks HEXISTS/HLEN and HSETs, so only one request updates the hash.
from datetime import timedelta
from threading import Thread
from time import time

from redis import Redis
from redis.exceptions import LockError


class MutexLockManager(object):
    def __init__(self, cache: Redis, duration: int) -> None:
        self._redis = cache
        self._duration = duration

    def acquire_lock(self, resource_id, client_id, limit, pipeline=None):
        lock_name = "{0}_update_mutex".format(resource_id)
        try:
            with self._redis.lock(lock_name, timeout=3, blocking_timeout=1):
                timestamp = time()
                expiration = timestamp + self._duration
                self._purge_expired(resource_id, timestamp)
                if self._redis.hexists(resource_id, client_id):
                    return True
                if self._redis.hlen(resource_id) < limit:
                    cache = pipeline or self._redis
                    cache.hset(resource_id, client_id, expiration)
                    cache.expire(resource_id, timedelta(seconds=self._duration))
                    if pipeline is not None:
                        pipeline.execute()
                    return True
                return False
        except LockError:
            return False

    def release_lock(self, resource_id, client_id, pipeline=None):
        cache = pipeline or self._redis
        cache.hset(resource_id, client_id, time() + 5)

    def _purge_expired(self, resource_id, now):
        stale = [k for k, exp in self._redis.hgetall(resource_id).items() if now > float(exp)]
        if stale:
            self._redis.hdel(resource_id, *stale)


def request_task(manager: MutexLockManager, task_id: int, user_id: int) -> bool:
    key = "pybossa:task:lock:{0}".format(task_id)
    return manager.acquire_lock(key, user_id, limit=1)


def run_users(conn: Redis) -> None:
    manager = MutexLockManager(conn, 3600)
    workers = [Thread(target=request_task, args=(manager, 42, uid)) for uid in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
