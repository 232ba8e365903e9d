# https://github.com/ellite/scrob/issues/392 (fix proposed in https://github.com/ellite/scrob/pull/393)
# _get_or_open_session() in the webhook router selected the playback session by
# session_key and, if none was found, inserted a new row. Jellyfin/Emby send
# PlaybackStart and the first PlaybackProgress back to back, and the two webhook
# requests run concurrently: both SELECT nothing and both INSERT, so the loser
# fails with UniqueViolation on session_key and the request returns 500.
# Fix: insert inside a savepoint (begin_nested) and, on IntegrityError, re-select
# and use the row the winner created.
from fastapi import Depends, FastAPI
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import declarative_base

Base = declarative_base()
engine = create_async_engine("postgresql+asyncpg://scrob@localhost/scrob")
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)
app = FastAPI()


class PlaybackSession(Base):
    __tablename__ = "playback_sessions"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, nullable=False)
    session_key = Column(String, unique=True, nullable=False)
    state = Column(String, default="playing")


async def get_db():
    async with SessionLocal() as db:
        yield db


async def _get_or_open_session(db: AsyncSession, user_id: int, session_key: str):
    result = await db.execute(
        select(PlaybackSession).where(PlaybackSession.session_key == session_key)
    )
    playback = result.scalar_one_or_none()
    if playback is None:
        playback = PlaybackSession(user_id=user_id, session_key=session_key)
        db.add(playback)  # Noncompliant
        await db.flush()
    return playback


@app.post("/webhooks/jellyfin/{user_id}")
async def jellyfin_webhook(user_id: int, payload: dict, db: AsyncSession = Depends(get_db)):
    key = f"jellyfin:{user_id}:{payload['PlaySessionId']}"
    playback = await _get_or_open_session(db, user_id, key)
    playback.state = payload.get("NotificationType", "PlaybackProgress")
    await db.commit()
    return {"ok": True}
