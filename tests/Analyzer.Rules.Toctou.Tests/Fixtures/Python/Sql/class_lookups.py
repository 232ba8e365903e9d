from sqlalchemy import Column, Integer, String
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Setting(Base):
    __tablename__ = "settings"
    id = Column(Integer, primary_key=True)
    key = Column(String, unique=True)
    value = Column(String)

    @classmethod
    def find_by_key(cls, key, session):
        return session.query(cls).filter(cls.key == key).one_or_none()


class SettingStore:
    def __init__(self, session):
        self.session = session

    # The lookup runs in the model's class method; the insert after it still loses to a writer in between.
    def set(self, key, value):
        setting = Setting.find_by_key(key, self.session)  # Secondary [check]
        if setting is None:
            self.session.add(Setting(key=key, value=value))  # Noncompliant [TOCTOU003] {{the SELECT on Setting at line 25 decides the INSERT at line 27; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        else:
            setting.value = value
        self._commit(self.session)

    def _commit(self, session):
        try:
            session.commit()
        except IntegrityError as error:
            session.rollback()
            raise RuntimeError("could not store the setting") from error


class Counter(Base):
    __tablename__ = "counters"
    id = Column(Integer, primary_key=True)
    name = Column(String, unique=True)

    @staticmethod
    def label(name):
        return name.strip().lower()

    # Nothing a class method answers without a query is a lookup.
    @classmethod
    def make(cls, name, session):
        session.add(cls(name=cls.label(name)))


def ensure_counter(session, name):
    if Counter.label(name):
        Counter.make(name, session)
