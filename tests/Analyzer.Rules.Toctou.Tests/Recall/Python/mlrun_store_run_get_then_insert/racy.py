# https://github.com/mlrun/mlrun/pull/1797
# SQLDB.store_x methods query the row and, when missing, add a new model object that the
# session INSERTs; two API requests storing the same run both find nothing and the second
# commit fails on the unique constraint (ML-1802). Fix: @retry_on_conflict re-runs the
# whole get-then-store when the DB reports a conflict.
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from mlrun.api.db.sqldb.models import Run
from mlrun.config import config


class SQLDB:
    def __init__(self, dsn):
        self.dsn = dsn

    def _query(self, session: Session, cls, **kw):
        kw = {k: v for k, v in kw.items() if v is not None}
        return session.query(cls).filter_by(**kw)

    def _get_run(self, session: Session, uid, project, iteration):
        return self._query(session, Run, uid=uid, project=project, iteration=iteration).one_or_none()

    def _upsert(self, session: Session, objs):
        for obj in objs:
            session.add(obj)
        session.commit()

    def store_run(self, session: Session, run_data, uid, project="", iter=0):
        project = project or config.default_project
        run = self._get_run(session, uid, project, iter)
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
        self._upsert(session, [run])  # Noncompliant

    def read_run(self, session: Session, uid, project=None, iter=0):
        project = project or config.default_project
        run = self._get_run(session, uid, project, iter)
        return run.struct if run else None
