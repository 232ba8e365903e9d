# https://github.com/wagtail/wagtail/issues/11016
# The admin page EditView looked up the editor's PageSubscription and created it on a miss; two
# requests for the same (page, user) on different workers both missed and both INSERTed, the second
# hitting UNIQUE(page_id, user_id) -> IntegrityError / HTTP 500.
# Fix (PR #11017): PageSubscription.objects.get_or_create(...), which re-reads on IntegrityError.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class IntegrityError(Exception):
    pass


class DoesNotExist(Exception):
    pass


class SubscriptionTable:
    """Stand-in for the wagtailcore_pagesubscription table with its unique constraint."""

    def __init__(self):
        self._rows = {}
        self._db_lock = threading.Lock()

    def get(self, page, user):
        with self._db_lock:
            row = self._rows.get((page, user))
        if row is None:
            raise DoesNotExist()
        return row

    def create(self, page, user, comment_notifications):
        time.sleep(0.001)  # network round trip to the database
        with self._db_lock:
            if (page, user) in self._rows:
                raise IntegrityError("UNIQUE constraint failed: page_id, user_id")
            row = {"page": page, "user": user, "comment_notifications": comment_notifications}
            self._rows[(page, user)] = row
            return row


subscriptions = SubscriptionTable()


class EditView:
    def dispatch(self, page_id, user_id):
        try:
            self.subscription = subscriptions.get(page_id, user_id)
        except DoesNotExist:
            self.subscription = subscriptions.create(  # Noncompliant
                page_id, user_id, comment_notifications=False
            )
        return self.subscription


def handle_request(args):
    page_id, user_id = args
    return EditView().dispatch(page_id, user_id)


def main():
    with ThreadPoolExecutor(max_workers=8) as workers:
        list(workers.map(handle_request, [(64, 1)] * 8))


if __name__ == "__main__":
    main()
