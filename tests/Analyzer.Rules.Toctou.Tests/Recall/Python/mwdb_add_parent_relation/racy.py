# https://github.com/CERT-Polska/mwdb-core/pull/63
# Object.add_parent() checked `parent in self.parents` and then inserted the relation;
# two parallel PUT /object/<parent>/child/<child> requests could both pass the check,
# and the second INSERT hit the unique index ix_relation_parent_child (HTTP 500). Fix:
# insert in a nested transaction, on IntegrityError roll back and re-read the relation.
import threading
from concurrent.futures import ThreadPoolExecutor


class IntegrityError(Exception):
    pass


class Database:
    """Stand-in for the Postgres relation table with its unique index."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.relation: set = set()
        self.permissions: dict = {}

    def relation_exists(self, parent_id: int, child_id: int) -> bool:
        with self._lock:
            return (parent_id, child_id) in self.relation

    def insert_relation(self, parent_id: int, child_id: int) -> None:
        with self._lock:
            if (parent_id, child_id) in self.relation:
                raise IntegrityError("duplicate key value violates unique constraint ix_relation_parent_child")
            self.relation.add((parent_id, child_id))

    def commit(self) -> None:
        pass


db = Database()


class Object:
    def __init__(self, object_id: int) -> None:
        self.id = object_id

    def give_access(self, group_id: int) -> None:
        db.permissions.setdefault(self.id, set()).add(group_id)

    def add_parent(self, parent: "Object", commit: bool = True) -> bool:
        if db.relation_exists(parent.id, self.id):
            return False
        db.insert_relation(parent.id, self.id)  # Noncompliant
        for group_id in db.permissions.get(parent.id, set()):
            self.give_access(group_id)
        if commit:
            db.commit()
        return True


def put_child(parent: Object, child: Object) -> bool:
    return child.add_parent(parent)


if __name__ == "__main__":
    p, c = Object(1), Object(2)
    with ThreadPoolExecutor(max_workers=2) as pool:
        for _ in range(2):
            pool.submit(put_child, p, c)
