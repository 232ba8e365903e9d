# https://github.com/frankli0324/ctfd-whale/pull/25
# try_add_container() counts alive containers in the DB, compares with whale:max_containers
# and inserts a record; handlers only hold a per-user Redis lock, so requests of different
# users all pass the check and exceed the limit. Fix: a global Redis lock across both steps.
import threading
import uuid

CONFIG = {"whale:max_containers": 3}


class DBContainer:
    """Stand-in for the SQLAlchemy model; each statement is serialized by the DB."""
    _rows = []
    _db_mu = threading.Lock()

    @classmethod
    def get_all_alive_container_count(cls):
        with cls._db_mu:
            return len(cls._rows)

    @classmethod
    def create_container_record(cls, user_id, challenge_id):
        with cls._db_mu:
            row = {"user_id": user_id, "challenge_id": challenge_id, "uuid": uuid.uuid4().hex}
            cls._rows.append(row)
            return row


class CacheProvider:
    """Redis-backed provider: one lock per user, used by @frequency_limited."""

    def __init__(self):
        self._guard = threading.Lock()
        self._user_locks = {}

    def acquire_lock(self, user_id):
        with self._guard:
            lock = self._user_locks.setdefault(user_id, threading.Lock())
        return lock.acquire(timeout=5)

    def release_lock(self, user_id):
        self._user_locks[user_id].release()


class ControlUtil:
    @staticmethod
    def try_add_container(user_id, challenge_id):
        if DBContainer.get_all_alive_container_count() >= CONFIG["whale:max_containers"]:
            return False, "Max container count exceed."
        container = DBContainer.create_container_record(user_id, challenge_id)  # Noncompliant
        # DockerUtils.add_container(container); Router.register(container)
        return True, "Container created %s" % container["uuid"]


cache = CacheProvider()


def post_user_container(user_id, challenge_id):
    # UserContainers.post() decorated with @frequency_limited
    if not cache.acquire_lock(user_id):
        return False, "Frequency limit, You should wait at least 1 min."
    try:
        return ControlUtil.try_add_container(user_id, challenge_id)
    finally:
        cache.release_lock(user_id)


if __name__ == "__main__":
    workers = [threading.Thread(target=post_user_container, args=(uid, 1)) for uid in range(12)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(DBContainer.get_all_alive_container_count())
