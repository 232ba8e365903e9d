# https://github.com/VariantEffect/mavedb-api/pull/732
# Fixed: the insert relies on the unique username column; when a concurrent first login wins
# the race the commit raises IntegrityError, the session is rolled back and the existing row is read.
from datetime import datetime

from fastapi import Depends, FastAPI, Header
from sqlalchemy import Boolean, Column, DateTime, Integer, String, create_engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, declarative_base, sessionmaker

db_engine = create_engine("sqlite:///mavedb-demo.db", connect_args={"check_same_thread": False})
MakeSession = sessionmaker(bind=db_engine)
Model = declarative_base()
api = FastAPI()


class Account(Model):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    username = Column(String, unique=True, nullable=False)
    is_active = Column(Boolean, default=True)
    date_joined = Column(DateTime)


def open_session():
    session = MakeSession()
    try:
        yield session
    finally:
        session.close()


def resolve_account(x_orcid_id: str = Header(...), session: Session = Depends(open_session)):
    account = session.query(Account).filter(Account.username == x_orcid_id).one_or_none()
    if account is None:
        account = Account(username=x_orcid_id, is_active=True, date_joined=datetime.now())
        session.add(account)
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            account = session.query(Account).filter(Account.username == x_orcid_id).one()
        else:
            session.refresh(account)
    if not account.is_active:
        return None
    return account


@api.get("/api/v1/users/me")
def show_me(account: Account = Depends(resolve_account)):
    return {"username": account.username if account else None}


Model.metadata.create_all(db_engine)
