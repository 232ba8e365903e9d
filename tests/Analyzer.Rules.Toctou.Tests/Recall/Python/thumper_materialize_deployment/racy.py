# https://github.com/jestasecurity/thumper/pull/69
# materialize_deployment looked up the (tripwire, endpoint) Deployment row and
# inserted a new one if absent. Two concurrent agent requests (e.g. a retry on a
# flaky network) both pass the lookup; the second commit violates the unique
# constraint and the request 500s. Fix: catch IntegrityError, roll back, re-read.
import secrets
from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import Column, String, Text, UniqueConstraint
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class Deployment(Base):
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


def _find_deployment(db: Session, tripwire_id: str, endpoint_id: str) -> Optional[Deployment]:
    return db.query(Deployment).filter(
        Deployment.tripwire_id == tripwire_id,
        Deployment.endpoint_id == endpoint_id,
    ).first()


def materialize_deployment(db: Session, *, tripwire_id: str, endpoint_id: str,
                           path: str, content: str) -> Deployment:
    existing = _find_deployment(db, tripwire_id, endpoint_id)
    if existing:
        return existing
    row = Deployment(id="dp_" + secrets.token_hex(4), tripwire_id=tripwire_id,
                     endpoint_id=endpoint_id, path=path, content=content,
                     hmac_secret=secrets.token_hex(32), state="pending",
                     created_at=datetime.now(timezone.utc).isoformat())
    db.add(row)  # Noncompliant
    db.commit()
    db.refresh(row)
    return row


def agent_pull(db: Session, endpoint_id: str, tripwires: list) -> list:
    # FastAPI route body; agents retry it for the same endpoint
    return [materialize_deployment(db, tripwire_id=t["id"], endpoint_id=endpoint_id,
                                   path=t["path"], content=t["content"])
            for t in tripwires]
