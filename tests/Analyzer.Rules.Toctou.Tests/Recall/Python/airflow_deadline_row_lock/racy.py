# https://github.com/apache/airflow/pull/64737
# The scheduler's deadline loop SELECTed expired, not-yet-handled Deadline rows with no row
# lock. With several HA scheduler replicas, two could read the same row before either
# committed and both called handle_miss(), creating duplicate Trigger rows (the breach
# callback fired twice). Fix: with_row_locks(..., skip_locked=True, key_share=False).
import threading
from datetime import datetime, timezone

from sqlalchemy import Boolean, Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base, sessionmaker

Base = declarative_base()


class Trigger(Base):
    __tablename__ = "trigger"
    id = Column(Integer, primary_key=True)
    classpath = Column(String(1000))


class Deadline(Base):
    __tablename__ = "deadline"
    id = Column(Integer, primary_key=True)
    deadline_time = Column(DateTime(timezone=True))
    missed = Column(Boolean, default=False)
    callback = Column(String(500))

    def handle_miss(self, session: Session) -> None:
        session.add(Trigger(classpath=self.callback))
        self.missed = True


class RacySchedulerJobRunner:
    def __init__(self, session_factory) -> None:
        self.session_factory = session_factory

    def _check_expired_deadlines(self, session: Session) -> None:
        now = datetime.now(timezone.utc)
        expired = session.scalars(
            select(Deadline).where(Deadline.deadline_time < now, Deadline.missed.is_(False))
        ).all()
        for deadline in expired:
            deadline.handle_miss(session)  # Noncompliant
        session.commit()

    def _run_scheduler_loop(self, iterations: int = 10) -> None:
        for _ in range(iterations):
            with self.session_factory() as session:
                self._check_expired_deadlines(session)


def run_ha_replicas(db_url: str) -> None:
    engine = create_engine(db_url)
    factory = sessionmaker(bind=engine)
    replicas = [RacySchedulerJobRunner(factory) for _ in range(2)]
    threads = [threading.Thread(target=r._run_scheduler_loop) for r in replicas]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
