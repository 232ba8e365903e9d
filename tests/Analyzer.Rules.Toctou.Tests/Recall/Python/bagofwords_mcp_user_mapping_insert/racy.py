# https://github.com/bagofwords1/bagofwords/pull/260
# When an MCP request arrives, the backend looks up the user's external-platform mapping and inserts one
# if the SELECT returns nothing. The lookup and the INSERT run in separate steps of the request with no
# lock, so two concurrent MCP requests for the same user both see no row and both insert; the loser's
# flush violates the unique constraint on (organization_id, platform_type, external_user_id) and poisons
# the request transaction. Fix: look up by the unique key and do the INSERT inside a SAVEPOINT, treating
# an IntegrityError as "another request created it" and re-reading the winner's row.
import asyncio

from sqlalchemy import Column, Integer, String, UniqueConstraint, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class ExternalUserMapping(Base):
    __tablename__ = "external_user_mappings"
    __table_args__ = (UniqueConstraint("organization_id", "platform_type", "external_user_id"),)
    id = Column(Integer, primary_key=True)
    organization_id = Column(String, nullable=False)
    platform_type = Column(String, nullable=False)
    external_user_id = Column(String, nullable=False)
    app_user_id = Column(String, nullable=False)


async def ensure_mcp_user_mapping(db: AsyncSession, org_id, user_id, external_id):
    existing = (await db.execute(
        select(ExternalUserMapping).where(
            ExternalUserMapping.organization_id == org_id,
            ExternalUserMapping.platform_type == "mcp",
            ExternalUserMapping.external_user_id == external_id,
        )
    )).scalar_one_or_none()
    if existing is not None:
        return existing
    mapping = ExternalUserMapping(organization_id=org_id, platform_type="mcp",
                                  external_user_id=external_id, app_user_id=user_id)
    db.add(mapping)  # Noncompliant
    await db.flush()
    return mapping


async def handle_mcp_request(session_factory, org_id, user_id):
    async with session_factory() as db:
        await ensure_mcp_user_mapping(db, org_id, user_id, external_id=user_id)
        await db.commit()


async def main():
    engine = create_async_engine("sqlite+aiosqlite:///mcp.db")
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    factory = async_sessionmaker(engine, expire_on_commit=False)
    await asyncio.gather(*(handle_mcp_request(factory, "org-1", "u-1") for _ in range(2)))


if __name__ == "__main__":
    asyncio.run(main())
