# https://github.com/bloomberg/pybossa/pull/753
# LockManager.acquire_lock() read the task's Redis hash (HEXISTS, HLEN) and, if fewer than
# `limit` users held it, HSET a new holder. Concurrent /newtask requests both saw a free slot
# and both wrote, so two users locked the same task (reproduced with threads in the PR).
# Fix: take a redis-py Lock ("<resource>_update_mutex") around the check and the HSET.
from datetime import timedelta
from threading import Thread
from time import time

from redis import Redis


class RacyLockManager(object):
    def __init__(self, cache: Redis, duration: int) -> None:
        self._redis = cache
        self._duration = duration

    def acquire_lock(self, resource_id, client_id, limit, pipeline=None):
        timestamp = time()
        expiration = timestamp + self._duration
        self._release_expired_locks(resource_id, timestamp)
        if self._redis.hexists(resource_id, client_id):
            return True
        num_acquired = self._redis.hlen(resource_id)
        if num_acquired < limit:
            cache = pipeline or self._redis
            cache.hset(resource_id, client_id, expiration)  # Noncompliant
            cache.expire(resource_id, timedelta(seconds=self._duration))
            return True
        return False

    def release_lock(self, resource_id, client_id, pipeline=None):
        cache = pipeline or self._redis
        cache.hset(resource_id, client_id, time() + 5)

    def _release_expired_locks(self, resource_id, now):
        stale = [k for k, exp in self._redis.hgetall(resource_id).items() if now > float(exp)]
        if stale:
            self._redis.hdel(resource_id, *stale)


def new_task_request(manager: RacyLockManager, task_id: int, user_id: int) -> bool:
    key = "pybossa:task:lock:{0}".format(task_id)
    return manager.acquire_lock(key, user_id, limit=1)


def simulate_users(conn: Redis) -> None:
    manager = RacyLockManager(conn, 3600)
    workers = [Thread(target=new_task_request, args=(manager, 42, uid)) for uid in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
