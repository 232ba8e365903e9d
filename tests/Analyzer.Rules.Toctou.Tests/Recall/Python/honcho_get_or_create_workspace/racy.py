# https://github.com/plastic-labs/honcho/pull/175
# get_or_create_workspace SELECTs the workspace by its unique name and, when no
# row comes back, INSERTs a new one and commits. Two concurrent API requests for
# the same name both see "no row" and both insert; the loser's commit raises
# IntegrityError and the request fails. Fix: catch IntegrityError, roll back, re-SELECT.
from sqlalchemy import JSON, Integer, String, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Workspace(Base):
    __tablename__ = "workspaces"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True, index=True)
    h_metadata: Mapped[dict] = mapped_column(JSON, default=dict)
    configuration: Mapped[dict] = mapped_column(JSON, default=dict)


class WorkspaceCreate:
    def __init__(self, name, metadata=None, configuration=None):
        self.name = name
        self.metadata = metadata or {}
        self.configuration = configuration or {}


async def get_or_create_workspace(db: AsyncSession, workspace: WorkspaceCreate) -> Workspace:
    stmt = select(Workspace).where(Workspace.name == workspace.name)
    result = await db.execute(stmt)
    existing = result.scalar_one_or_none()
    if existing is not None:
        return existing

    new_workspace = Workspace(
        name=workspace.name,
        h_metadata=workspace.metadata,
        configuration=workspace.configuration,
    )
    db.add(new_workspace)  # Noncompliant
    await db.commit()
    return new_workspace


async def update_workspace(db: AsyncSession, name: str, metadata: dict) -> Workspace:
    ws = await get_or_create_workspace(db, WorkspaceCreate(name=name, metadata=metadata))
    ws.h_metadata = metadata
    await db.commit()
    return ws


# FastAPI route: each request gets its own AsyncSession, requests run concurrently.
async def route_get_or_create_workspace(db: AsyncSession, body: dict) -> Workspace:
    return await get_or_create_workspace(db, WorkspaceCreate(body["name"], body.get("metadata")))
