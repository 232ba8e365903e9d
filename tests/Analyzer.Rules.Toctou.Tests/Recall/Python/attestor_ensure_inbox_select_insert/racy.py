# https://github.com/bolnet/attestor/pull/90
# The identity repository's ensure_inbox() looked up the user's inbox row with a SELECT
# and INSERTed one when nothing was found. Under parallel runs (many threads sharing the
# Postgres store) two callers both saw no row and both inserted, violating the unique
# constraint. Fix: INSERT ... ON CONFLICT DO NOTHING (the schema already had the
# unique constraint), then read the row.
import threading

import psycopg


class IdentityRepo:
    def __init__(self, dsn):
        self.dsn = dsn

    def ensure_inbox(self, user_id):
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT id FROM inboxes WHERE user_id = %s", (user_id,)
            ).fetchone()
            if row is None:
                row = conn.execute(  # Noncompliant
                    "INSERT INTO inboxes (user_id) VALUES (%s) RETURNING id",
                    (user_id,),
                ).fetchone()
            return row[0]


def run_parallel(repo, user_id, workers=16):
    threads = [
        threading.Thread(target=repo.ensure_inbox, args=(user_id,)) for _ in range(workers)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
