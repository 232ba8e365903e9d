# https://github.com/hypothesis/h/pull/3493
# create_or_update_document_meta() first queries for a DocumentMeta with the same
# (claimant_normalized, type) and inserts a new row when none is found. Two app servers
# annotating the same page at once both see "no row" and both insert; the later commit
# hits the unique constraint. Fix: catch IntegrityError on flush and raise a transient error so the request is replayed.
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


def normalize_uri(uri):
    return uri.strip().rstrip("/").lower()


class DocumentMeta(Base):
    __tablename__ = "document_meta"
    __table_args__ = (sa.UniqueConstraint("claimant_normalized", "type"),)

    id = sa.Column(sa.Integer, autoincrement=True, primary_key=True)
    claimant = sa.Column(sa.UnicodeText, nullable=False)
    claimant_normalized = sa.Column(sa.UnicodeText, nullable=False)
    type = sa.Column(sa.UnicodeText, nullable=False)
    value = sa.Column(sa.UnicodeText, nullable=False)
    document_id = sa.Column(sa.Integer, nullable=False)
    updated = sa.Column(sa.DateTime, nullable=False)


def create_or_update_document_meta(session, claimant, type_, value, document_id, updated):
    existing = (
        session.query(DocumentMeta)
        .filter(
            DocumentMeta.claimant_normalized == normalize_uri(claimant),
            DocumentMeta.type == type_,
        )
        .one_or_none()
    )

    if existing is None:
        session.add(  # Noncompliant
            DocumentMeta(
                claimant=claimant,
                claimant_normalized=normalize_uri(claimant),
                type=type_,
                value=value,
                document_id=document_id,
                updated=updated,
            )
        )
    else:
        existing.value = value
        existing.updated = updated

    session.flush()


def create_annotation_view(request):
    # Runs in every web worker (many processes / machines share the database).
    data = request.json_body
    for meta in data.get("document_meta", []):
        create_or_update_document_meta(
            request.db,
            claimant=data["uri"],
            type_=meta["type"],
            value=meta["value"],
            document_id=data["document_id"],
            updated=request.now,
        )
    return {"status": "ok"}
