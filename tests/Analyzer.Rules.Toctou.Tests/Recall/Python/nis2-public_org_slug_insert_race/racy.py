# https://github.com/fabriziosalmi/nis2-public/pull/144
# The FastAPI create_organization route picks a free slug by SELECTing organizations with that
# slug (adding -1, -2 ... suffixes while one exists) and then inserts the new Organization and
# flushes. Two concurrent requests for the same name can both see the slug as free and both
# insert it; the loser's flush hits the UNIQUE constraint and the request fails with a raw
# IntegrityError (HTTP 500). Fix: wrap the insert+flush in try/except IntegrityError and return 409.
from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import declarative_base

Base = declarative_base()
router = APIRouter(prefix="/organizations")


class Organization(Base):
    __tablename__ = "organizations"
    id = Column(Integer, primary_key=True)
    name = Column(String, nullable=False)
    slug = Column(String, unique=True, nullable=False)


class CreateOrgRequest(BaseModel):
    name: str


async def get_db():
    raise NotImplementedError


@router.post("", status_code=201)
async def create_organization(payload: CreateOrgRequest, db: AsyncSession = Depends(get_db)):
    base_slug = payload.name.strip().lower().replace(" ", "-")
    slug = base_slug
    suffix = 0
    while True:
        found = await db.execute(select(Organization).where(Organization.slug == slug))
        if not found.scalar_one_or_none():
            break
        suffix += 1
        slug = f"{base_slug}-{suffix}"

    org = Organization(name=payload.name, slug=slug)
    db.add(org)
    await db.flush()  # Noncompliant
    return {"id": org.id, "slug": org.slug}
