# https://github.com/apache/airflow/pull/64737
# Fixed shape: the expired-deadline SELECT goes through with_row_locks(of=Deadline,
# skip_locked=True, key_share=False), i.e. SELECT ... FOR UPDATE SKIP LOCKED, so the replica
# that locked a row handles it and every other replica skips it until commit.
import threading
from datetime import datetime, timezone

from sqlalchemy import Boolean, Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base, sessionmaker

Base = declarative_base()


class TriggerRow(Base):
    __tablename__ = "trigger"
    id = Column(Integer, primary_key=True)
    classpath = Column(String(1000))


class DeadlineRow(Base):
    __tablename__ = "deadline"
    id = Column(Integer, primary_key=True)
    deadline_time = Column(DateTime(timezone=True))
    missed = Column(Boolean, default=False)
    callback = Column(String(500))

    def handle_miss(self, session: Session) -> None:
        session.add(TriggerRow(classpath=self.callback))
        self.missed = True


def with_row_locks(query, session: Session, *, of=None, skip_locked=False, key_share=True):
    """Mirror of airflow.utils.sqlalchemy.with_row_locks for dialects that support it."""
    return query.with_for_update(of=of, skip_locked=skip_locked, key_share=key_share)


class SafeSchedulerJobRunner:
    def __init__(self, session_factory) -> None:
        self.session_factory = session_factory

    def _handle_expired_deadlines(self, session: Session) -> None:
        now = datetime.now(timezone.utc)
        query = select(DeadlineRow).where(
            DeadlineRow.deadline_time < now, DeadlineRow.missed.is_(False)
        )
        locked = with_row_locks(query, session, of=DeadlineRow, skip_locked=True, key_share=False)
        for deadline in session.scalars(locked).all():
            deadline.handle_miss(session)
        session.commit()

    def _scheduler_loop(self, iterations: int = 10) -> None:
        for _ in range(iterations):
            with self.session_factory() as session:
                self._handle_expired_deadlines(session)


def run_replicas(db_url: str) -> None:
    engine = create_engine(db_url)
    factory = sessionmaker(bind=engine)
    runners = [SafeSchedulerJobRunner(factory) for _ in range(2)]
    threads = [threading.Thread(target=r._scheduler_loop) for r in runners]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
