# https://github.com/bolnet/attestor/pull/90
# Fixed: the insert uses ON CONFLICT (user_id) DO NOTHING and the row is read afterwards,
# so concurrent callers never collide on the unique constraint.
import threading

import psycopg


class InboxStore:
    def __init__(self, dsn):
        self.dsn = dsn

    def get_or_make_inbox(self, user_id):
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO inboxes (user_id) VALUES (%s) ON CONFLICT (user_id) DO NOTHING",
                (user_id,),
            )
            row = conn.execute(
                "SELECT id FROM inboxes WHERE user_id = %s", (user_id,)
            ).fetchone()
            return row[0]


def hammer(store, user_id, workers=16):
    threads = [
        threading.Thread(target=store.get_or_make_inbox, args=(user_id,))
        for _ in range(workers)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
