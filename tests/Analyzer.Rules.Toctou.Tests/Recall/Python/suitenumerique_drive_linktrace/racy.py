# https://github.com/suitenumerique/drive/pull/618
# ItemViewSet.retrieve() records that a user visited an item: it runs an exists() query on
# the (item, user) LinkTrace and, if none is found, creates one. Two concurrent GET requests
# for the same item/user both see "no trace" and both INSERT; the unique constraint makes
# the second request fail with IntegrityError (HTTP 500, issue #611).
# Fix: keep the cheap exists() pre-check but catch IntegrityError around the create.
import threading
from concurrent.futures import ThreadPoolExecutor


class IntegrityError(Exception):
    pass


class LinkTraceTable:
    """Stand-in for the link_trace table with UNIQUE(item_id, user_id)."""

    def __init__(self):
        self._rows = set()
        self._db_lock = threading.Lock()  # the database serializes single statements

    def exists(self, item_id, user_id):
        with self._db_lock:
            return (item_id, user_id) in self._rows

    def create(self, item_id, user_id):
        with self._db_lock:
            if (item_id, user_id) in self._rows:
                raise IntegrityError("duplicate key value violates unique constraint")
            self._rows.add((item_id, user_id))


link_traces = LinkTraceTable()


class ItemViewSet:
    def get_object(self, pk):
        return {"id": pk, "title": "report.pdf"}

    def retrieve(self, request, pk):
        user = request["user"]
        instance = self.get_object(pk)
        if user is not None and not link_traces.exists(instance["id"], user):
            link_traces.create(instance["id"], user)  # Noncompliant
        return {"status": 200, "data": instance}


def main():
    view = ItemViewSet()
    with ThreadPoolExecutor(max_workers=8) as pool:
        futs = [pool.submit(view.retrieve, {"user": "alice"}, "item-1") for _ in range(8)]
        for f in futs:
            try:
                f.result()
            except IntegrityError as exc:
                print("500:", exc)


if __name__ == "__main__":
    main()
