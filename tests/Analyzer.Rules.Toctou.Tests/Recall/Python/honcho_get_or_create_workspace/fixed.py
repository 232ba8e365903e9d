# https://github.com/plastic-labs/honcho/pull/175
# Fixed version: the INSERT is attempted and an IntegrityError raised because a
# concurrent request created the same workspace first is caught; the session is
# rolled back and the winner's row is SELECTed again (ConflictException if absent).
from sqlalchemy import JSON, Integer, String, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class BaseModel(DeclarativeBase):
    pass


class WorkspaceRow(BaseModel):
    __tablename__ = "workspaces_fixed"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True, index=True)
    h_metadata: Mapped[dict] = mapped_column(JSON, default=dict)
    configuration: Mapped[dict] = mapped_column(JSON, default=dict)


class ConflictException(Exception):
    pass


class WorkspaceCreateSchema:
    def __init__(self, name, metadata=None, configuration=None):
        self.name = name
        self.metadata = metadata or {}
        self.configuration = configuration or {}


async def get_or_create_workspace_safe(db: AsyncSession, workspace: WorkspaceCreateSchema) -> WorkspaceRow:
    stmt = select(WorkspaceRow).where(WorkspaceRow.name == workspace.name)
    result = await db.execute(stmt)
    existing = result.scalar_one_or_none()
    if existing is not None:
        return existing

    new_workspace = WorkspaceRow(
        name=workspace.name,
        h_metadata=workspace.metadata,
        configuration=workspace.configuration,
    )
    try:
        db.add(new_workspace)
        await db.commit()
        return new_workspace
    except IntegrityError:
        await db.rollback()
        result = await db.execute(stmt)
        existing = result.scalar_one_or_none()
        if existing is not None:
            return existing
        raise ConflictException(f"Unable to create or get workspace: {workspace.name}") from None


async def update_workspace_safe(db: AsyncSession, name: str, metadata: dict) -> WorkspaceRow:
    ws = await get_or_create_workspace_safe(db, WorkspaceCreateSchema(name=name, metadata=metadata))
    ws.h_metadata = metadata
    await db.commit()
    return ws


async def route_get_or_create_workspace_safe(db: AsyncSession, body: dict) -> WorkspaceRow:
    return await get_or_create_workspace_safe(db, WorkspaceCreateSchema(body["name"], body.get("metadata")))
