import sqlalchemy as sa
from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert

from app.models import Account, Tag, db


def ensure_tag(session, name):
    tag = session.query(Tag).filter_by(name=name).first()  # Secondary [check]
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)  # Noncompliant [TOCTOU003] {{the SELECT on Tag at line 9 decides the INSERT at line 12; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        session.commit()
    return tag


def ensure_tag_flask(name):
    if Tag.query.filter_by(name=name).one_or_none() is None:  # Secondary [check]
        db.session.add(Tag(name=name))  # Noncompliant [TOCTOU003] {{the SELECT on Tag at line 18 decides the INSERT at line 19; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        db.session.commit()


def rename_locked(session, old, new):
    tag = session.query(Tag).filter_by(name=old).with_for_update().first()
    if tag is not None:
        session.query(Tag).filter_by(name=old).update({"name": new})
        session.commit()


def ensure_tag_upsert(session, name):
    session.execute(insert(Tag).values(name=name).on_conflict_do_nothing())
    session.commit()


def ensure_tag_id(session, name):
    known = session.query(Tag.id).filter_by(name=name).scalar() is not None  # Secondary [check]
    if not known:
        session.add(Tag(name=name))  # Noncompliant [TOCTOU003] {{the SELECT on Tag at line 36 decides the INSERT at line 38; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


def ensure_tag_select(session, name):
    tag = session.execute(select(Tag).where(Tag.name == name)).scalar_one_or_none()  # Secondary [check]
    if tag is None:
        session.add(Tag(name=name))  # Noncompliant [TOCTOU003] {{the SELECT on Tag at line 42 decides the INSERT at line 44; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        session.commit()
    return tag


def ensure_tag_statement(session, name):
    statement = sa.select(Tag).filter_by(name=name)
    if session.scalars(statement).first() is None:  # Secondary [check]
        session.execute(sa.insert(Tag).values(name=name))  # Noncompliant [TOCTOU003] {{the SELECT on Tag at line 51 decides the INSERT at line 52; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


def retag_locked(session, old, new):
    tag = session.scalar(select(Tag).where(Tag.name == old).with_for_update())
    if tag is not None:
        session.execute(update(Tag).where(Tag.name == old).values(name=new))
        session.commit()


def ensure_tag_on_conflict(session, name):
    if session.scalar(select(Tag.id).where(Tag.name == name)) is None:
        session.execute(insert(Tag).values(name=name).on_conflict_do_nothing())


def credit(session, pk, amount):
    account = session.get(Account, pk)  # Secondary [check]
    account.balance = account.balance + amount
    session.commit()  # Noncompliant [TOCTOU003] {{the UPDATE at line 70 writes back the row the SELECT on Account at line 68 loaded, with account.balance computed from its old value at line 69; without FOR UPDATE or an update in the database (an expression of the column), another transaction's change of the row in between is lost}}


# Each row a loop over a query hands it, raised from its old value, then committed: a lost update per row. A value
# that does not come from the old one loses nothing.
def pay_interest(session, rate):
    for account in session.query(Account).all():  # Secondary [check]
        account.balance = account.balance * (1 + rate)
    session.commit()  # Noncompliant [TOCTOU003] {{the UPDATE at line 78 writes back the row the SELECT on Account at line 76 loaded, with account.balance computed from its old value at line 77; without FOR UPDATE or an update in the database (an expression of the column), another transaction's change of the row in between is lost}}


def relabel_all(session, label):
    for account in session.query(Account).all():
        account.label = label
    session.commit()


# A get-or-create handed its model: its query and its insert of that model are of one table.
def get_or_create_any(session, model, **kwargs):
    instance = session.query(model).filter_by(**kwargs).first()  # Secondary [check]
    if instance:
        return instance
    instance = model(**kwargs)
    session.add(instance)  # Noncompliant [TOCTOU003] {{the SELECT on model at line 89 decides the INSERT at line 93; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
    return instance


# The same where the losing insert's IntegrityError is answered by reading the row again: the other's row is taken.
def get_or_create_any_again(session, model, **kwargs):
    instance = session.query(model).filter_by(**kwargs).first()
    if instance:
        return instance
    try:
        with session.begin_nested():
            instance = model(**kwargs)
            session.add(instance)
    except sa.exc.IntegrityError:
        instance = session.query(model).filter_by(**kwargs).first()
    return instance



from sqlalchemy.ext.asyncio import AsyncSession  # noqa: E402


# A session known by the type its parameter is declared with, whatever its name.
async def ensure_tag_async(db: AsyncSession, name):
    existing = (await db.execute(select(Tag).where(Tag.name == name))).scalar_one_or_none()  # Secondary [check]
    if existing is None:
        db.add(Tag(name=name))  # Noncompliant [TOCTOU003] {{the SELECT on Tag at line 117 decides the INSERT at line 119; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        await db.commit()


# The insert is staged on the session and sent by the commit in the try, whose handler takes the row another request
# made in between.
def ensure_tag_staged(session, name):
    tag = session.query(Tag).filter_by(name=name).first()
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
        try:
            session.commit()
        except sa.exc.IntegrityError:
            session.rollback()
            tag = session.query(Tag).filter_by(name=name).first()
    return tag


# The account's row, locked in the transaction the with block spans, keeps every other tagger of the account waiting.
def tag_account(session, account_id, name):
    with session.begin():
        account = session.execute(select(Account).where(Account.id == account_id).with_for_update()).scalar_one()
        if session.execute(select(Tag).where(Tag.name == name)).scalar_one_or_none() is None:
            session.add(Tag(name=name, account_id=account.id))


# Without the row lock the transaction lets two taggers both find the tag missing.
def tag_account_unlocked(session, account_id, name):
    with session.begin():
        if session.execute(select(Tag).where(Tag.name == name)).scalar_one_or_none() is None:
            session.add(Tag(name=name, account_id=account_id))  # Noncompliant [TOCTOU003] {{the SELECT on Tag at line 149 decides the INSERT at line 150 inside `session.begin()` (line 148), which locks no rows; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


# The row a session's select answers, awaited, is loaded as session.get's is; one that the select locks (FOR UPDATE)
# stays the caller's until the commit.
async def redeem(session, code):
    voucher = (await session.execute(select(Account).where(Account.label == code))).scalar_one_or_none()  # Secondary [check]
    if voucher is None or voucher.balance <= 0:
        return False
    voucher.balance = voucher.balance - 1
    await session.commit()  # Noncompliant [TOCTOU003] {{the SELECT on Account at line 156 decides the UPDATE at line 160; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
    return True


async def redeem_locked(session, code):
    voucher = await session.scalar(select(Account).where(Account.label == code).with_for_update())
    if voucher is None or voucher.balance <= 0:
        return False
    voucher.balance = voucher.balance - 1
    await session.commit()
    return True
