# https://github.com/frankli0324/ctfd-whale/pull/25
# Fixed version: a global Redis lock (ctfd_whale_global_container_lock) is held across the
# alive-container count check and create_container_record().
import threading
import uuid

WHALE_CONFIG = {"whale:max_containers": 3}


class ContainerTable:
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


class RedisCacheProvider:
    def __init__(self):
        self._guard = threading.Lock()
        self._user_locks = {}
        self._global_lock = threading.Lock()  # redis key ctfd_whale_global_container_lock

    def acquire_lock(self, user_id):
        with self._guard:
            lock = self._user_locks.setdefault(user_id, threading.Lock())
        return lock.acquire(timeout=5)

    def release_lock(self, user_id):
        self._user_locks[user_id].release()

    def acquire_global_lock(self):
        return self._global_lock.acquire(timeout=5)

    def release_global_lock(self):
        self._global_lock.release()


whale_cache = RedisCacheProvider()


class ContainerControl:
    @staticmethod
    def try_add_container(user_id, challenge_id):
        if not whale_cache.acquire_global_lock():
            return False, "Server busy, please retry."
        try:
            if ContainerTable.get_all_alive_container_count() >= WHALE_CONFIG["whale:max_containers"]:
                return False, "Max container count exceed."
            container = ContainerTable.create_container_record(user_id, challenge_id)
        finally:
            whale_cache.release_global_lock()
        # DockerUtils.add_container(container); Router.register(container)
        return True, "Container created %s" % container["uuid"]


def create_user_container(user_id, challenge_id):
    # UserContainers.post() decorated with @frequency_limited
    if not whale_cache.acquire_lock(user_id):
        return False, "Frequency limit, You should wait at least 1 min."
    try:
        return ContainerControl.try_add_container(user_id, challenge_id)
    finally:
        whale_cache.release_lock(user_id)


if __name__ == "__main__":
    handlers = [threading.Thread(target=create_user_container, args=(uid, 1)) for uid in range(12)]
    for h in handlers:
        h.start()
    for h in handlers:
        h.join()
    print(ContainerTable.get_all_alive_container_count())
