# https://github.com/danielplohmann/mcrit/pull/130
# MongoDbStorage._getDb() lazily created the MongoClient/database when self._database was None, while
# one storage object is shared by waitress's request threads (issue #109). Two cold requests could both
# see None, both build a client (leaking the loser's monitor threads) and both run index/family-0 setup.
# Fix: an instance threading.Lock with double-checked locking around the lazy init.
import threading
import time
from typing import Optional


class MongoClient:
    """Stub for pymongo.MongoClient (starts topology monitor threads in reality)."""

    def __init__(self, uri: str) -> None:
        time.sleep(0.01)
        self.uri = uri

    def __getitem__(self, name: str) -> dict:
        return {"name": name, "families": {}}


class MongoDbStorage:
    def __init__(self, uri: str, db_name: str) -> None:
        self._uri = uri
        self._db_name = db_name
        self._database: Optional[dict] = None

    def _ensureIndexAndUnknownFamily(self) -> None:
        families = self._getDb()["families"]
        if 0 not in families:
            families[0] = ""  # Noncompliant

    def _initDb(self) -> None:
        client = MongoClient(self._uri)
        self._database = client[self._db_name]
        self._ensureIndexAndUnknownFamily()

    def _getDb(self) -> dict:
        if self._database is None:
            self._initDb()  # Noncompliant
        return self._database

    def getFamily(self, family_id: int) -> Optional[str]:
        return self._getDb()["families"].get(family_id)


if __name__ == "__main__":
    storage = MongoDbStorage("mongodb://localhost:27017", "mcrit")
    request_threads = [threading.Thread(target=storage.getFamily, args=(0,)) for _ in range(4)]
    for t in request_threads:
        t.start()
    for t in request_threads:
        t.join()
