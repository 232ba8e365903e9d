# https://github.com/mlrun/mlrun/pull/1797
# Fixed version: store_run is wrapped in retry_on_conflict. When the INSERT loses to a
# concurrent request (IntegrityError/UNIQUE failure in the exception chain), the session
# is rolled back and the whole get-then-store is retried, so the second pass finds the
# row and updates it.
import functools
import time
from datetime import datetime, timezone

import sqlalchemy.exc
from sqlalchemy.orm import Session

from mlrun.api.db.sqldb.models import Run
from mlrun.config import config

conflict_messages = [
    "(sqlite3.IntegrityError) UNIQUE constraint failed",
    "(pymysql.err.IntegrityError) (1062",
    "(pymysql.err.IntegrityError) (1586",
]


def retry_on_conflict(function):
    @functools.wraps(function)
    def wrapper(self, session, *args, **kwargs):
        deadline = time.monotonic() + config.httpdb.db.conflict_retry_timeout
        while True:
            try:
                return function(self, session, *args, **kwargs)
            except sqlalchemy.exc.IntegrityError as exc:
                session.rollback()
                if not any(msg in str(exc) for msg in conflict_messages):
                    raise
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.0001)

    return wrapper


class RetryingSQLDB:
    def __init__(self, dsn):
        self.dsn = dsn

    def _query(self, session: Session, cls, **kw):
        kw = {k: v for k, v in kw.items() if v is not None}
        return session.query(cls).filter_by(**kw)

    def _get_run_row(self, session: Session, uid, project, iteration):
        return self._query(session, Run, uid=uid, project=project, iteration=iteration).one_or_none()

    def _upsert_rows(self, session: Session, objs):
        for obj in objs:
            session.add(obj)
        session.commit()

    @retry_on_conflict
    def store_run_record(self, session: Session, run_data, uid, project="", iter=0):
        project = project or config.default_project
        run = self._get_run_row(session, uid, project, iter)
        now = datetime.now(timezone.utc)
        if not run:
            run = Run(
                name=run_data["metadata"]["name"],
                uid=uid,
                project=project,
                iteration=iter,
                state=run_data.get("status", {}).get("state", "created"),
                start_time=now,
            )
        run.updated = now
        run.struct = run_data
        self._upsert_rows(session, [run])
