# https://github.com/vstorm-co/agenticos/pull/1114 (released in https://github.com/vstorm-co/agenticos/pull/1174)
# Fixed: the invitation row is read with SELECT ... FOR UPDATE, so the used_count/max_uses guard,
# the member insert and the increment happen while the row is locked for this transaction.
from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy import Column, ForeignKey, Integer, String, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import declarative_base

LockedBase = declarative_base()
locked_engine = create_async_engine("postgresql+asyncpg://app@db/agenticos")
locked_sessions = async_sessionmaker(locked_engine, expire_on_commit=False)
locked_app = FastAPI()


class InviteLink(LockedBase):
    __tablename__ = "invitations"
    id = Column(Integer, primary_key=True)
    token = Column(String, unique=True, nullable=False)
    organization_id = Column(Integer, nullable=False)
    role = Column(String, nullable=False)
    status = Column(String, default="pending")
    max_uses = Column(Integer, nullable=True)
    used_count = Column(Integer, default=0)


class OrgMember(LockedBase):
    __tablename__ = "members"
    id = Column(Integer, primary_key=True)
    organization_id = Column(Integer, nullable=False)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    role = Column(String, nullable=False)


class LockedInvitationService:
    def __init__(self, db: AsyncSession):
        self.db = db

    async def accept_locked(self, token: str, user_id: int) -> InviteLink:
        stmt = select(InviteLink).where(InviteLink.token == token).with_for_update()
        invite = (await self.db.execute(stmt)).scalar_one_or_none()
        if invite is None or invite.status != "pending":
            raise HTTPException(status_code=404, detail="Invitation not found or already used")
        if invite.max_uses is not None and invite.used_count >= invite.max_uses:
            raise HTTPException(status_code=400, detail="This invite link has been used up")
        self.db.add(OrgMember(organization_id=invite.organization_id, user_id=user_id, role=invite.role))
        invite.used_count = invite.used_count + 1
        await self.db.commit()
        return invite


async def open_db():
    async with locked_sessions() as session:
        yield session


@locked_app.post("/invitations/{token}/accept")
async def accept_invitation_locked(token: str, user_id: int, db: AsyncSession = Depends(open_db)):
    invite = await LockedInvitationService(db).accept_locked(token, user_id)
    return {"organization_id": invite.organization_id, "role": invite.role}
