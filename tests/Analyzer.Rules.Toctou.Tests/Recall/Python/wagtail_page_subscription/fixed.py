# https://github.com/wagtail/wagtail/pull/11017
# Fixed shape: EditView uses get_or_create(page, user, defaults=...); like Django's
# QuerySet.get_or_create it tries the INSERT after a miss and, on IntegrityError from the
# unique constraint, returns the row the other request created.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class UniqueViolation(Exception):
    pass


class RowMissing(Exception):
    pass


class PageSubscriptionTable:
    """Stand-in for the page subscription table with UNIQUE(page_id, user_id)."""

    def __init__(self):
        self._rows = {}
        self._db_lock = threading.Lock()

    def get(self, page, user):
        with self._db_lock:
            row = self._rows.get((page, user))
        if row is None:
            raise RowMissing()
        return row

    def insert(self, page, user, **defaults):
        time.sleep(0.001)  # network round trip to the database
        with self._db_lock:
            if (page, user) in self._rows:
                raise UniqueViolation("UNIQUE constraint failed: page_id, user_id")
            row = dict(defaults, page=page, user=user)
            self._rows[(page, user)] = row
            return row

    def get_or_create(self, page, user, defaults):
        try:
            return self.get(page, user), False
        except RowMissing:
            pass
        try:
            return self.insert(page, user, **defaults), True
        except UniqueViolation:
            return self.get(page, user), False


page_subscriptions = PageSubscriptionTable()


class PageEditView:
    def dispatch(self, page_id, user_id):
        self.subscription, created = page_subscriptions.get_or_create(
            page_id, user_id, defaults={"comment_notifications": False}
        )
        return self.subscription


def serve_edit_request(args):
    page_id, user_id = args
    return PageEditView().dispatch(page_id, user_id)


def run_server():
    with ThreadPoolExecutor(max_workers=8) as workers:
        list(workers.map(serve_edit_request, [(64, 1)] * 8))


if __name__ == "__main__":
    run_server()
