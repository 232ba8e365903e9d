# https://github.com/danielplohmann/mcrit/pull/130
# Fixed version: an instance threading.Lock created in __init__; the lock-free fast path is kept and the
# cold path re-checks self._database under the lock before building the client. _initDb assigns the
# database before index setup, so the nested _getDb calls take the fast path (no re-entry on the lock).
import threading
import time
from typing import Optional


class MongoClientStub:
    def __init__(self, uri: str) -> None:
        time.sleep(0.01)
        self.uri = uri

    def __getitem__(self, name: str) -> dict:
        return {"name": name, "families": {}}


class LockedMongoDbStorage:
    def __init__(self, uri: str, db_name: str) -> None:
        self._uri = uri
        self._db_name = db_name
        self._database: Optional[dict] = None
        self._db_init_lock = threading.Lock()

    def _ensure_unknown_family(self) -> None:
        families = self._get_database()["families"]
        if 0 not in families:
            families[0] = ""

    def _init_database(self) -> None:
        client = MongoClientStub(self._uri)
        self._database = client[self._db_name]
        self._ensure_unknown_family()

    def _get_database(self) -> dict:
        if self._database is None:
            with self._db_init_lock:
                if self._database is None:
                    self._init_database()
        return self._database

    def get_family(self, family_id: int) -> Optional[str]:
        return self._get_database()["families"].get(family_id)


if __name__ == "__main__":
    store = LockedMongoDbStorage("mongodb://localhost:27017", "mcrit")
    workers = [threading.Thread(target=store.get_family, args=(0,)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
