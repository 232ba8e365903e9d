# https://github.com/hypothesis/h/pull/3493
# Fixed version: the insert still follows a lookup, but the flush is wrapped so that a
# unique-constraint violation caused by a concurrent request becomes a transient error
# (pyramid_tm replays the whole request, which then takes the update path).
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

MetaBase = declarative_base()


class TransientError(Exception):
    """Stand-in for transaction.interfaces.TransientError (request is retried)."""


class ConcurrentMetaUpdateError(TransientError):
    pass


def normalize_claimant(uri):
    return uri.strip().rstrip("/").lower()


class DocMetaRow(MetaBase):
    __tablename__ = "document_meta"
    __table_args__ = (sa.UniqueConstraint("claimant_normalized", "type"),)

    id = sa.Column(sa.Integer, autoincrement=True, primary_key=True)
    claimant = sa.Column(sa.UnicodeText, nullable=False)
    claimant_normalized = sa.Column(sa.UnicodeText, nullable=False)
    type = sa.Column(sa.UnicodeText, nullable=False)
    value = sa.Column(sa.UnicodeText, nullable=False)
    document_id = sa.Column(sa.Integer, nullable=False)
    updated = sa.Column(sa.DateTime, nullable=False)


def upsert_doc_meta(session, claimant, type_, value, document_id, updated):
    existing = (
        session.query(DocMetaRow)
        .filter(
            DocMetaRow.claimant_normalized == normalize_claimant(claimant),
            DocMetaRow.type == type_,
        )
        .one_or_none()
    )

    if existing is None:
        session.add(
            DocMetaRow(
                claimant=claimant,
                claimant_normalized=normalize_claimant(claimant),
                type=type_,
                value=value,
                document_id=document_id,
                updated=updated,
            )
        )
    else:
        existing.value = value
        existing.updated = updated

    try:
        session.flush()
    except sa.exc.IntegrityError as err:
        raise ConcurrentMetaUpdateError("concurrent document meta updates") from err


def annotation_create_view(request):
    data = request.json_body
    for meta in data.get("document_meta", []):
        upsert_doc_meta(
            request.db,
            claimant=data["uri"],
            type_=meta["type"],
            value=meta["value"],
            document_id=data["document_id"],
            updated=request.now,
        )
    return {"status": "ok"}
