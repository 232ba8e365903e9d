# https://github.com/ellite/scrob/issues/392 (fix proposed in https://github.com/ellite/scrob/pull/393)
# Fixed: the insert runs in a savepoint; on IntegrityError the loser re-selects and uses the winner's row.
from fastapi import Depends, FastAPI
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import declarative_base

Model = declarative_base()
db_engine = create_async_engine("postgresql+asyncpg://scrob@localhost/scrob")
make_session = async_sessionmaker(db_engine, expire_on_commit=False)
webhook_app = FastAPI()


class PlaySession(Model):
    __tablename__ = "playback_sessions"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, nullable=False)
    session_key = Column(String, unique=True, nullable=False)
    state = Column(String, default="playing")


async def open_db():
    async with make_session() as db:
        yield db


async def _find_play_session(db: AsyncSession, session_key: str):
    result = await db.execute(select(PlaySession).where(PlaySession.session_key == session_key))
    return result.scalar_one_or_none()


async def open_play_session(db: AsyncSession, user_id: int, session_key: str):
    existing = await _find_play_session(db, session_key)
    if existing is not None:
        return existing
    try:
        async with db.begin_nested():
            created = PlaySession(user_id=user_id, session_key=session_key)
            db.add(created)
            await db.flush()
        return created
    except IntegrityError:
        return await _find_play_session(db, session_key)


@webhook_app.post("/webhooks/jellyfin/{user_id}")
async def handle_jellyfin(user_id: int, payload: dict, db: AsyncSession = Depends(open_db)):
    key = f"jellyfin:{user_id}:{payload['PlaySessionId']}"
    play = await open_play_session(db, user_id, key)
    play.state = payload.get("NotificationType", "PlaybackProgress")
    await db.commit()
    return {"ok": True}
