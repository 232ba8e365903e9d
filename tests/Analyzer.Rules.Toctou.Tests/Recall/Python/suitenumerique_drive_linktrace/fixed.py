# https://github.com/suitenumerique/drive/pull/618
# Fixed version: the exists() pre-check stays as a fast path, and an IntegrityError from
# the INSERT (trace created by a concurrent request) is caught and ignored.
import threading
from concurrent.futures import ThreadPoolExecutor


class UniqueViolation(Exception):
    pass


class TraceTable:
    def __init__(self):
        self._rows = set()
        self._db_lock = threading.Lock()

    def exists(self, item_id, user_id):
        with self._db_lock:
            return (item_id, user_id) in self._rows

    def create(self, item_id, user_id):
        with self._db_lock:
            if (item_id, user_id) in self._rows:
                raise UniqueViolation("duplicate key value violates unique constraint")
            self._rows.add((item_id, user_id))


trace_table = TraceTable()


class SafeItemViewSet:
    def load_object(self, pk):
        return {"id": pk, "title": "report.pdf"}

    def retrieve(self, request, pk):
        user = request["user"]
        instance = self.load_object(pk)
        if user is not None and not trace_table.exists(instance["id"], user):
            try:
                trace_table.create(instance["id"], user)
            except UniqueViolation:
                pass  # already created by another request
        return {"status": 200, "data": instance}


def run():
    view = SafeItemViewSet()
    with ThreadPoolExecutor(max_workers=8) as pool:
        futs = [pool.submit(view.retrieve, {"user": "alice"}, "item-1") for _ in range(8)]
        print([f.result()["status"] for f in futs])


if __name__ == "__main__":
    run()
