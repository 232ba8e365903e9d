# https://github.com/aegra/aegra/pull/486
# POST /threads with if_exists does a SELECT for the thread_id and then an unconditional
# INSERT. Two concurrent creates (e.g. two pods handling the same webhook) both miss the
# SELECT, both INSERT, and the loser's UniqueViolationError escapes as a 500. Fix: INSERT
# ... ON CONFLICT (thread_id) DO NOTHING RETURNING, then read the incumbent and apply if_exists.
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import Column, String, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import declarative_base

Base = declarative_base()
router = APIRouter()


class ThreadORM(Base):
    __tablename__ = "thread"
    thread_id = Column(String, primary_key=True)
    user_id = Column(String, nullable=False)
    status = Column(String, default="idle")


class ThreadCreate(BaseModel):
    thread_id: str
    if_exists: str = "raise"


async def get_session() -> AsyncSession:
    raise NotImplementedError


async def get_user_id() -> str:
    raise NotImplementedError


@router.post("/threads")
async def create_thread(
    req: ThreadCreate,
    user_id: str = Depends(get_user_id),
    session: AsyncSession = Depends(get_session),
):
    existing = await session.scalar(
        select(ThreadORM).where(
            ThreadORM.thread_id == req.thread_id, ThreadORM.user_id == user_id
        )
    )
    if existing is not None:
        if req.if_exists == "do_nothing":
            return {"thread_id": existing.thread_id, "status": existing.status}
        raise HTTPException(status_code=409, detail="Thread already exists")
    row = ThreadORM(thread_id=req.thread_id, user_id=user_id, status="idle")
    session.add(row)  # Noncompliant
    await session.commit()
    return {"thread_id": row.thread_id, "status": row.status}
