# https://github.com/Climate-REF/climate-ref/pull/679
# Fixed shape: the INSERT runs inside session.begin_nested() (SAVEPOINT); if another writer
# inserted the same unique key first, the IntegrityError is caught, the lookup is repeated and
# the winner's row is returned (a genuine integrity bug leaves the lookup empty and re-raises).
import enum
from typing import Any

import sqlalchemy
from sqlalchemy import UniqueConstraint
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class TableBase(DeclarativeBase):
    pass


class ExecutionGroupRow(TableBase):
    __tablename__ = "execution_group"
    __table_args__ = (UniqueConstraint("diagnostic_id", "key", "diagnostic_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    diagnostic_id: Mapped[int]
    key: Mapped[str]
    diagnostic_version: Mapped[str]
    dirty: Mapped[bool] = mapped_column(default=True)


class RowState(enum.Enum):
    CREATED = "created"
    UPDATED = "updated"


class SafeDatabase:
    def __init__(self, url: str) -> None:
        self._engine = sqlalchemy.create_engine(url)
        self.session = Session(self._engine)

    def fetch_or_insert(
        self, model: type[TableBase], defaults: dict[str, Any] | None = None, **kwargs: Any
    ) -> tuple[TableBase, RowState | None]:
        instance = self.session.query(model).filter_by(**kwargs).first()
        if instance:
            return instance, None

        params = {**kwargs, **(defaults or {})}
        try:
            with self.session.begin_nested():
                instance = model(**params)
                self.session.add(instance)
            return instance, RowState.CREATED
        except IntegrityError:
            instance = self.session.query(model).filter_by(**kwargs).first()
            if instance is None:
                raise
            return instance, None


def solve_group(db: SafeDatabase, diagnostic_id: int, key: str, version: str) -> ExecutionGroupRow:
    with db.session.begin():
        group, _ = db.fetch_or_insert(
            ExecutionGroupRow,
            diagnostic_id=diagnostic_id,
            key=key,
            diagnostic_version=version,
            defaults={"dirty": True},
        )
    return group
