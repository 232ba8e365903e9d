# https://github.com/jestasecurity/thumper/pull/69
# Fixed version: the unique constraint decides the winner; the loser catches
# IntegrityError, rolls back and returns the row the winner inserted.
import secrets
from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import Column, String, Text, UniqueConstraint
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, declarative_base

SafeBase = declarative_base()


class TripwireInstance(SafeBase):
    __tablename__ = "deployments"
    __table_args__ = (UniqueConstraint("tripwire_id", "endpoint_id"),)
    id = Column(String, primary_key=True)
    tripwire_id = Column(String, nullable=False)
    endpoint_id = Column(String, nullable=False)
    path = Column(String)
    content = Column(Text)
    hmac_secret = Column(String)
    state = Column(String)
    created_at = Column(String)


def _lookup_instance(db: Session, tripwire_id: str, endpoint_id: str) -> Optional[TripwireInstance]:
    return db.query(TripwireInstance).filter(
        TripwireInstance.tripwire_id == tripwire_id,
        TripwireInstance.endpoint_id == endpoint_id,
    ).first()


def ensure_instance(db: Session, *, tripwire_id: str, endpoint_id: str,
                    path: str, content: str) -> TripwireInstance:
    existing = _lookup_instance(db, tripwire_id, endpoint_id)
    if existing:
        return existing
    row = TripwireInstance(id="dp_" + secrets.token_hex(4), tripwire_id=tripwire_id,
                           endpoint_id=endpoint_id, path=path, content=content,
                           hmac_secret=secrets.token_hex(32), state="pending",
                           created_at=datetime.now(timezone.utc).isoformat())
    db.add(row)
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        return _lookup_instance(db, tripwire_id, endpoint_id)
    db.refresh(row)
    return row


def agent_pull_safe(db: Session, endpoint_id: str, tripwires: list) -> list:
    return [ensure_instance(db, tripwire_id=t["id"], endpoint_id=endpoint_id,
                            path=t["path"], content=t["content"])
            for t in tripwires]
