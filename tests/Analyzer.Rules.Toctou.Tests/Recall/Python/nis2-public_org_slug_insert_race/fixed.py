# https://github.com/fabriziosalmi/nis2-public/pull/144
# Fixed: the insert+flush is wrapped in try/except IntegrityError so a concurrent request that took the slug first yields a clean 409.
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import declarative_base

Model = declarative_base()
tenants = APIRouter(prefix="/tenants")


class Tenant(Model):
    __tablename__ = "tenants"
    id = Column(Integer, primary_key=True)
    name = Column(String, nullable=False)
    slug = Column(String, unique=True, nullable=False)


class NewTenantBody(BaseModel):
    name: str


async def session_dep():
    raise NotImplementedError


@tenants.post("", status_code=201)
async def add_tenant(body: NewTenantBody, session: AsyncSession = Depends(session_dep)):
    root = body.name.strip().lower().replace(" ", "-")
    candidate = root
    n = 0
    while True:
        hit = await session.execute(select(Tenant).where(Tenant.slug == candidate))
        if not hit.scalar_one_or_none():
            break
        n += 1
        candidate = f"{root}-{n}"

    tenant = Tenant(name=body.name, slug=candidate)
    session.add(tenant)
    try:
        await session.flush()
    except IntegrityError:
        raise HTTPException(status_code=409, detail="Organization slug was just taken, please retry")
    return {"id": tenant.id, "slug": tenant.slug}
