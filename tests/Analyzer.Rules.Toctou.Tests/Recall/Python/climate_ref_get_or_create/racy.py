# https://github.com/Climate-REF/climate-ref/pull/679
# get_or_create() SELECTed the row and, if missing, added a new instance. Two `ref solve` workers
# creating the same ExecutionGroup both miss and both INSERT; the loser dies with IntegrityError
# (UNIQUE constraint failed). Fix: INSERT inside session.begin_nested() (SAVEPOINT); on
# IntegrityError re-SELECT and return the winner's row.
import enum
from typing import Any

import sqlalchemy
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class ExecutionGroup(Base):
    __tablename__ = "execution_group"
    __table_args__ = (UniqueConstraint("diagnostic_id", "key", "diagnostic_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    diagnostic_id: Mapped[int]
    key: Mapped[str]
    diagnostic_version: Mapped[str]
    dirty: Mapped[bool] = mapped_column(default=True)


class ModelState(enum.Enum):
    CREATED = "created"
    UPDATED = "updated"


class Database:
    def __init__(self, url: str) -> None:
        self._engine = sqlalchemy.create_engine(url)
        self.session = Session(self._engine)

    def get_or_create(
        self, model: type[Base], defaults: dict[str, Any] | None = None, **kwargs: Any
    ) -> tuple[Base, ModelState | None]:
        instance = self.session.query(model).filter_by(**kwargs).first()
        if instance:
            return instance, None

        params = {**kwargs, **(defaults or {})}
        instance = model(**params)
        self.session.add(instance)  # Noncompliant
        return instance, ModelState.CREATED


def solve_one(db: Database, diagnostic_id: int, key: str, version: str) -> ExecutionGroup:
    with db.session.begin():
        group, _ = db.get_or_create(
            ExecutionGroup,
            diagnostic_id=diagnostic_id,
            key=key,
            diagnostic_version=version,
            defaults={"dirty": True},
        )
    return group
