# https://github.com/bagofwords1/bagofwords/pull/260
# Fixed: the INSERT runs inside a SAVEPOINT (begin_nested); a unique-constraint violation from a racing
# request rolls back only the savepoint and the existing row is re-read and returned.
import asyncio

from sqlalchemy import Column, Integer, String, UniqueConstraint, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import declarative_base

Model = declarative_base()


class PlatformUserLink(Model):
    __tablename__ = "platform_user_links"
    __table_args__ = (UniqueConstraint("organization_id", "platform_type", "external_user_id"),)
    id = Column(Integer, primary_key=True)
    organization_id = Column(String, nullable=False)
    platform_type = Column(String, nullable=False)
    external_user_id = Column(String, nullable=False)
    app_user_id = Column(String, nullable=False)


async def find_link(db: AsyncSession, org_id, external_id):
    return (await db.execute(
        select(PlatformUserLink).where(
            PlatformUserLink.organization_id == org_id,
            PlatformUserLink.platform_type == "mcp",
            PlatformUserLink.external_user_id == external_id,
        )
    )).scalar_one_or_none()


async def get_or_link_mcp_user(db: AsyncSession, org_id, user_id, external_id):
    found = await find_link(db, org_id, external_id)
    if found is not None:
        return found
    link = PlatformUserLink(organization_id=org_id, platform_type="mcp",
                            external_user_id=external_id, app_user_id=user_id)
    try:
        async with db.begin_nested():
            db.add(link)
            await db.flush()
        return link
    except IntegrityError:
        return await find_link(db, org_id, external_id)


async def serve_mcp_call(session_factory, org_id, user_id):
    async with session_factory() as db:
        await get_or_link_mcp_user(db, org_id, user_id, external_id=user_id)
        await db.commit()


async def run_server():
    engine = create_async_engine("sqlite+aiosqlite:///mcp.db")
    async with engine.begin() as conn:
        await conn.run_sync(Model.metadata.create_all)
    factory = async_sessionmaker(engine, expire_on_commit=False)
    await asyncio.gather(*(serve_mcp_call(factory, "org-1", "u-1") for _ in range(2)))


if __name__ == "__main__":
    asyncio.run(run_server())
