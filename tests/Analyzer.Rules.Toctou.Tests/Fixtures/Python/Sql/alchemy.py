from sqlalchemy.dialects.postgresql import insert

from app.models import Tag, db


def ensure_tag(session, name):
    tag = session.query(Tag).filter_by(name=name).first()  # Secondary [check]
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)  # Noncompliant [TOCTOU003] {{the SELECT on Tag at line 7 decides the INSERT at line 10; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        session.commit()
    return tag


def ensure_tag_flask(name):
    if Tag.query.filter_by(name=name).one_or_none() is None:  # Secondary [check]
        db.session.add(Tag(name=name))  # Noncompliant [TOCTOU003] {{the SELECT on Tag at line 16 decides the INSERT at line 17; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        db.session.commit()


def rename_locked(session, old, new):
    tag = session.query(Tag).filter_by(name=old).with_for_update().first()
    if tag is not None:
        session.query(Tag).filter_by(name=old).update({"name": new})
        session.commit()


def ensure_tag_upsert(session, name):
    session.execute(insert(Tag).values(name=name).on_conflict_do_nothing())
    session.commit()
