# https://github.com/aegra/aegra/pull/486
# Fixed as merged: insert first and let the primary key arbitrate with ON CONFLICT DO
# NOTHING RETURNING; when nothing is returned, read the incumbent (scoped to the caller)
# and apply if_exists, answering 409 for an id owned by someone else.
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import Column, String, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import declarative_base

FixedBase = declarative_base()
fixed_router = APIRouter()


class FixedThreadORM(FixedBase):
    __tablename__ = "thread"
    thread_id = Column(String, primary_key=True)
    user_id = Column(String, nullable=False)
    status = Column(String, default="idle")


class FixedThreadCreate(BaseModel):
    thread_id: str
    if_exists: str = "raise"


async def get_fixed_session() -> AsyncSession:
    raise NotImplementedError


async def get_fixed_user_id() -> str:
    raise NotImplementedError


@fixed_router.post("/threads")
async def create_thread_atomically(
    req: FixedThreadCreate,
    user_id: str = Depends(get_fixed_user_id),
    session: AsyncSession = Depends(get_fixed_session),
):
    stmt = (
        pg_insert(FixedThreadORM)
        .values(thread_id=req.thread_id, user_id=user_id, status="idle")
        .on_conflict_do_nothing(index_elements=["thread_id"])
        .returning(FixedThreadORM.thread_id, FixedThreadORM.status)
    )
    inserted = (await session.execute(stmt)).first()
    await session.commit()
    if inserted is not None:
        return {"thread_id": inserted.thread_id, "status": inserted.status}
    incumbent = await session.scalar(
        select(FixedThreadORM).where(
            FixedThreadORM.thread_id == req.thread_id, FixedThreadORM.user_id == user_id
        )
    )
    if incumbent is None or req.if_exists != "do_nothing":
        raise HTTPException(status_code=409, detail="Thread already exists")
    return {"thread_id": incumbent.thread_id, "status": incumbent.status}
