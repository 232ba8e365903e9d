# https://github.com/Vexa-ai/vexa/issues/242
# Fixed: the dedup query and the insert run in one transaction behind a transaction-scoped
# advisory lock on (user, platform, native id), and a partial unique index backs it up
# (IntegrityError -> 409).
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy import JSON, Column, Integer, String, desc, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import declarative_base

GuardedBase = declarative_base()
guarded_engine = create_async_engine("postgresql+asyncpg://vexa@db/vexa")
guarded_sessions = async_sessionmaker(guarded_engine, expire_on_commit=False)
guarded_app = FastAPI()
LIVE_STATES = ["requested", "joining", "awaiting_admission", "active"]


class BotMeeting(GuardedBase):
    __tablename__ = "meetings"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, nullable=False)
    platform = Column(String, nullable=False)
    platform_specific_id = Column(String, nullable=False)
    status = Column(String, nullable=False)
    data = Column(JSON, default=dict)


class BotRequest(BaseModel):
    user_id: int
    platform: str
    native_meeting_id: str


async def open_session():
    async with guarded_sessions() as session:
        yield session


async def create_meeting_guarded(db: AsyncSession, req: BotRequest) -> BotMeeting:
    async with db.begin():
        lock_key = f"{req.user_id}:{req.platform}:{req.native_meeting_id}"
        await db.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": lock_key})
        dup_stmt = (
            select(BotMeeting)
            .where(
                BotMeeting.user_id == req.user_id,
                BotMeeting.platform == req.platform,
                BotMeeting.platform_specific_id == req.native_meeting_id,
                BotMeeting.status.in_(LIVE_STATES),
            )
            .order_by(desc(BotMeeting.id))
            .limit(1)
        )
        if (await db.execute(dup_stmt)).scalars().first():
            raise HTTPException(status_code=409, detail="An active or requested meeting already exists")
        meeting = BotMeeting(user_id=req.user_id, platform=req.platform,
                             platform_specific_id=req.native_meeting_id, status="requested", data={})
        db.add(meeting)
    return meeting


@guarded_app.post("/bots", status_code=201)
async def request_bot_guarded(req: BotRequest, db: AsyncSession = Depends(open_session)):
    try:
        meeting = await create_meeting_guarded(db, req)
    except IntegrityError:
        raise HTTPException(status_code=409, detail="An active or requested meeting already exists")
    return {"id": meeting.id, "status": meeting.status}
