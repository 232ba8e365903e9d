# https://github.com/CERT-Polska/mwdb-core/pull/63
# Fixed version: the relation is inserted in a nested transaction; an IntegrityError
# from the unique index rolls back the savepoint, re-reads the relation and, if the
# other request created it, returns False instead of failing the whole request.
import threading
from concurrent.futures import ThreadPoolExecutor


class UniqueViolation(Exception):
    pass


class RelationStore:
    """Stand-in for the Postgres relation table with its unique index."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.rows: set = set()
        self.shares: dict = {}

    def has_relation(self, parent_id: int, child_id: int) -> bool:
        with self._lock:
            return (parent_id, child_id) in self.rows

    def add_relation(self, parent_id: int, child_id: int) -> None:
        with self._lock:
            if (parent_id, child_id) in self.rows:
                raise UniqueViolation("duplicate key value violates unique constraint ix_relation_parent_child")
            self.rows.add((parent_id, child_id))

    def begin_nested(self) -> None:
        pass

    def rollback(self) -> None:
        pass

    def commit_tx(self) -> None:
        pass


store = RelationStore()


class StoredObject:
    def __init__(self, object_id: int) -> None:
        self.id = object_id

    def grant(self, group_id: int) -> None:
        store.shares.setdefault(self.id, set()).add(group_id)

    def link_parent(self, parent: "StoredObject", commit: bool = True) -> bool:
        if store.has_relation(parent.id, self.id):
            return False
        store.begin_nested()
        try:
            store.add_relation(parent.id, self.id)
            store.commit_tx()
        except UniqueViolation:
            store.rollback()
            if not store.has_relation(parent.id, self.id):
                raise
            return False
        for group_id in store.shares.get(parent.id, set()):
            self.grant(group_id)
        if commit:
            store.commit_tx()
        return True


def put_child_link(parent: StoredObject, child: StoredObject) -> bool:
    return child.link_parent(parent)


if __name__ == "__main__":
    p, c = StoredObject(1), StoredObject(2)
    with ThreadPoolExecutor(max_workers=2) as pool:
        for _ in range(2):
            pool.submit(put_child_link, p, c)
