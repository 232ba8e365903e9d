# https://github.com/VariantEffect/mavedb-api/issues/703
# https://github.com/VariantEffect/mavedb-api/issues/263
# (fixed by https://github.com/VariantEffect/mavedb-api/pull/732)
# get_current_user() looked the ORCID username up with one_or_none() and, when no row was
# found, built a new User and committed it. A new user's first sign-in fires several
# requests at once (often on different servers); each one sees no user and inserts, which
# first produced duplicate user rows (#263) and, once the column was unique, an unhandled
# IntegrityError for the losing request. The fix catches IntegrityError on commit, rolls
# back and re-reads the row that the winning request created.
from datetime import datetime

from fastapi import Depends, FastAPI, Header
from sqlalchemy import Boolean, Column, DateTime, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker

engine = create_engine("sqlite:///mavedb-demo.db", connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine)
Base = declarative_base()
app = FastAPI()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    username = Column(String, unique=True, nullable=False)
    is_active = Column(Boolean, default=True)
    date_joined = Column(DateTime)


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def get_current_user(x_orcid_id: str = Header(...), db: Session = Depends(get_db)):
    user = db.query(User).filter(User.username == x_orcid_id).one_or_none()
    if user is None:
        user = User(username=x_orcid_id, is_active=True, date_joined=datetime.now())
        db.add(user)  # Noncompliant
        db.commit()
        db.refresh(user)
    elif not user.is_active:
        return None
    return user


@app.get("/api/v1/users/me")
def read_me(user: User = Depends(get_current_user)):
    return {"username": user.username if user else None}


Base.metadata.create_all(engine)
