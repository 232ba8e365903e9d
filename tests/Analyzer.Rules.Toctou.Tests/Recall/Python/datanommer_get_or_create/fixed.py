# https://github.com/fedora-infra/datanommer/pull/93
# Fixed version: get_or_create issues one INSERT ... SELECT <name> WHERE NOT EXISTS (...)
# so the existence check and the insert are a single statement, then reads the row back.
from sqlalchemy import Column, Integer, UnicodeText, exists, literal, select
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import scoped_session, sessionmaker

safe_maker = sessionmaker()
safe_session = scoped_session(safe_maker)

SafeBase = declarative_base()
SafeBase.query = safe_session.query_property()


class InsertSelectSingleton(object):
    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(UnicodeText, index=True, unique=True)

    @classmethod
    def fetch_or_insert(cls, name):
        # Use an INSERT ... SELECT to avoid unique constraint violations when
        # several datanommer instances insert the same value at the same time.
        not_exists = ~exists(select([cls.__table__.c.name]).where(cls.name == name))
        insert = cls.__table__.insert(inline=True).from_select(
            [cls.__table__.c.name], select([literal(name)]).where(not_exists)
        )
        safe_session.execute(insert)
        return cls.query.filter_by(name=name).one()


class SafeUser(SafeBase, InsertSelectSingleton):
    __tablename__ = 'users'


class SafePackage(SafeBase, InsertSelectSingleton):
    __tablename__ = 'packages'


def safe_add(envelope):
    msg = envelope['body']
    for username in msg.get('usernames', []):
        SafeUser.fetch_or_insert(username)
    for package in msg.get('packages', []):
        SafePackage.fetch_or_insert(package)
    safe_session.commit()


class SafeNommerConsumer(object):
    def consume(self, message):
        safe_add(message)
