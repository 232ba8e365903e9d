# https://github.com/MihaiBuilds/memory-vault/pull/179
# Fixed: a single INSERT ... ON CONFLICT (name) DO NOTHING RETURNING id lets the unique constraint decide;
# the losing request gets no row back and is answered with 409.
from fastapi import APIRouter, FastAPI, HTTPException, status
from psycopg_pool import AsyncConnectionPool
from pydantic import BaseModel

db_pool = AsyncConnectionPool("postgresql://localhost/memory_vault", open=False)
spaces_router = APIRouter(prefix="/api")


class NewSpace(BaseModel):
    name: str
    description: str = ""


async def _insert_returning(sql, params):
    async with db_pool.connection() as conn:
        cur = await conn.execute(sql, params)
        return await cur.fetchone()


@spaces_router.post("/spaces", status_code=status.HTTP_201_CREATED)
async def make_space(req: NewSpace):
    row = await _insert_returning(
        "INSERT INTO memory_spaces (name, description) VALUES (%s, %s) "
        "ON CONFLICT (name) DO NOTHING RETURNING id",
        (req.name, req.description),
    )
    if row is None:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail=f"Space already exists: {req.name}")
    return {"name": req.name, "description": req.description, "chunk_count": 0}


api = FastAPI()
api.include_router(spaces_router)
