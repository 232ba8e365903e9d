# https://github.com/vstorm-co/agenticos/pull/1114 (released in https://github.com/vstorm-co/agenticos/pull/1174)
# InvitationService.accept() loaded the invite link by token with a plain SELECT, refused it when
# used_count had reached max_uses, and otherwise created the membership and incremented
# used_count. Nothing held the invitation row between the guard and the writes, so two accepts of
# a one-use link arriving together both passed the guard and both created a member.
# The fix loads the invitation with SELECT ... FOR UPDATE, so the second accept blocks and then
# re-reads the exhausted link.
from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy import Column, ForeignKey, Integer, String, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import declarative_base

Base = declarative_base()
engine = create_async_engine("postgresql+asyncpg://app@db/agenticos")
sessions = async_sessionmaker(engine, expire_on_commit=False)
app = FastAPI()


class Invitation(Base):
    __tablename__ = "invitations"
    id = Column(Integer, primary_key=True)
    token = Column(String, unique=True, nullable=False)
    organization_id = Column(Integer, nullable=False)
    role = Column(String, nullable=False)
    status = Column(String, default="pending")
    max_uses = Column(Integer, nullable=True)
    used_count = Column(Integer, default=0)


class Member(Base):
    __tablename__ = "members"
    id = Column(Integer, primary_key=True)
    organization_id = Column(Integer, nullable=False)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    role = Column(String, nullable=False)


class InvitationService:
    def __init__(self, db: AsyncSession):
        self.db = db

    async def accept(self, token: str, user_id: int) -> Invitation:
        invite = (await self.db.execute(select(Invitation).where(Invitation.token == token))).scalar_one_or_none()
        if invite is None or invite.status != "pending":
            raise HTTPException(status_code=404, detail="Invitation not found or already used")
        if invite.max_uses is not None and invite.used_count >= invite.max_uses:
            raise HTTPException(status_code=400, detail="This invite link has been used up")
        self.db.add(Member(organization_id=invite.organization_id, user_id=user_id, role=invite.role))
        invite.used_count = invite.used_count + 1
        await self.db.commit()  # Noncompliant
        return invite


async def get_db():
    async with sessions() as session:
        yield session


@app.post("/invitations/{token}/accept")
async def accept_invitation(token: str, user_id: int, db: AsyncSession = Depends(get_db)):
    # each click on the shared link is its own request, served concurrently
    invite = await InvitationService(db).accept(token, user_id)
    return {"organization_id": invite.organization_id, "role": invite.role}
