# https://github.com/MihaiBuilds/memory-vault/issues/112 (fixed by https://github.com/MihaiBuilds/memory-vault/pull/179)
# The async FastAPI handler POST /api/spaces first ran SELECT 1 FROM memory_spaces WHERE name = %s and,
# if no row came back, awaited a separate INSERT. Two concurrent requests for the same name both saw no
# row; the first insert won and the second hit the unique constraint on memory_spaces.name and surfaced
# as HTTP 500 instead of 409. The fix makes the INSERT authoritative with ON CONFLICT (name) DO NOTHING
# RETURNING id and answers 409 when no row is returned.
from fastapi import APIRouter, FastAPI, HTTPException, status
from psycopg_pool import AsyncConnectionPool
from pydantic import BaseModel

pool = AsyncConnectionPool("postgresql://localhost/memory_vault", open=False)
router = APIRouter(prefix="/api")


class SpaceCreateRequest(BaseModel):
    name: str
    description: str = ""


async def fetch_one(sql, params):
    async with pool.connection() as conn:
        cur = await conn.execute(sql, params)
        return await cur.fetchone()


async def execute_query(sql, params):
    async with pool.connection() as conn:
        await conn.execute(sql, params)


@router.post("/spaces", status_code=status.HTTP_201_CREATED)
async def create_space(req: SpaceCreateRequest):
    existing = await fetch_one("SELECT 1 FROM memory_spaces WHERE name = %s", (req.name,))
    if existing:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail=f"Space already exists: {req.name}")
    await execute_query(  # Noncompliant
        "INSERT INTO memory_spaces (name, description) VALUES (%s, %s)",
        (req.name, req.description),
    )
    return {"name": req.name, "description": req.description, "chunk_count": 0}


app = FastAPI()
app.include_router(router)
