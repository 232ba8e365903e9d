# https://github.com/Vexa-ai/vexa/issues/242
# POST /bots must allow one active bot per (user, platform, native_meeting_id). The handler ran a
# dedup SELECT for a non-terminal meeting and, finding none, INSERTed a new "requested" meeting
# in a separate step. Ten parallel POSTs for the same Teams URL got four HTTP 201s: every request
# that ran its SELECT before any INSERT committed passed the check, giving duplicate bots.
# The fix made creation race-safe (create_meeting_guarded: per-key advisory lock around the
# dedup query and insert, plus a partial unique index with IntegrityError handling).
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy import JSON, Column, Integer, String, desc, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import declarative_base

Base = declarative_base()
engine = create_async_engine("postgresql+asyncpg://vexa@db/vexa")
session_factory = async_sessionmaker(engine, expire_on_commit=False)
app = FastAPI()
ACTIVE_STATES = ["requested", "joining", "awaiting_admission", "active"]


class Meeting(Base):
    __tablename__ = "meetings"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, nullable=False)
    platform = Column(String, nullable=False)
    platform_specific_id = Column(String, nullable=False)
    status = Column(String, nullable=False)
    data = Column(JSON, default=dict)


class MeetingCreate(BaseModel):
    user_id: int
    platform: str
    native_meeting_id: str


async def get_db():
    async with session_factory() as session:
        yield session


@app.post("/bots", status_code=201)
async def request_bot(req: MeetingCreate, db: AsyncSession = Depends(get_db)):
    existing_stmt = (
        select(Meeting)
        .where(
            Meeting.user_id == req.user_id,
            Meeting.platform == req.platform,
            Meeting.platform_specific_id == req.native_meeting_id,
            Meeting.status.in_(ACTIVE_STATES),
        )
        .order_by(desc(Meeting.id))
        .limit(1)
    )
    existing = (await db.execute(existing_stmt)).scalars().first()
    if existing:
        raise HTTPException(status_code=409, detail="An active or requested meeting already exists")

    new_meeting = Meeting(
        user_id=req.user_id,
        platform=req.platform,
        platform_specific_id=req.native_meeting_id,
        status="requested",
        data={},
    )
    db.add(new_meeting)  # Noncompliant
    await db.commit()
    await db.refresh(new_meeting)
    return {"id": new_meeting.id, "status": new_meeting.status}
