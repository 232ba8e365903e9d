# https://github.com/fedora-infra/datanommer/pull/93
# Several datanommer consumers store fedmsg messages into the same PostgreSQL database.
# User/Package get_or_create SELECTs by name and, when nothing is found, INSERTs a new row;
# two consumers handling messages for the same new user both miss and both insert, and the
# loser hits the unique constraint. Fix: a single INSERT ... SELECT ... WHERE NOT EXISTS.
from sqlalchemy import Column, Integer, UnicodeText
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import scoped_session, sessionmaker

maker = sessionmaker()
session = scoped_session(maker)

DeclarativeBase = declarative_base()
DeclarativeBase.query = session.query_property()


class RacyNamedSingleton(object):
    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(UnicodeText, index=True, unique=True)

    @classmethod
    def get_or_create(cls, name):
        obj = cls.query.filter_by(name=name).first()
        if not obj:
            obj = cls(name=name)
            session.add(obj)  # Noncompliant
            session.flush()
        return obj


class RacyUser(DeclarativeBase, RacyNamedSingleton):
    __tablename__ = 'users'


class RacyPackage(DeclarativeBase, RacyNamedSingleton):
    __tablename__ = 'packages'


def racy_add(envelope):
    """Called by every datanommer consumer process for each bus message."""
    msg = envelope['body']
    for username in msg.get('usernames', []):
        RacyUser.get_or_create(username)
    for package in msg.get('packages', []):
        RacyPackage.get_or_create(package)
    session.commit()


class RacyNommerConsumer(object):
    def consume(self, message):
        racy_add(message)
