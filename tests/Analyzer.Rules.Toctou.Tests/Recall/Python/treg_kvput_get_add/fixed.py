# https://github.com/superdesigndev/treg/pull/362
# Fixed version: a missing row is written with INSERT ... ON CONFLICT (ns, k) DO UPDATE, so racing
# workers resolve last-writer-wins inside the database instead of raising on the primary key.
import time


class EphemeralRow:
    def __init__(self, ns, k, v, expires_at):
        self.ns = ns
        self.k = k
        self.v = v
        self.expires_at = expires_at


class _Insert:
    """Stand-in for the dialect insert() construct."""

    def __init__(self, model, values):
        self.model = model
        self.values = values
        self.conflict = None

    def on_conflict_do_update(self, index_elements, set_):
        self.conflict = (tuple(index_elements), dict(set_))
        return self


class UpsertSession:
    """Stand-in for the async ORM session shared by one request."""

    async def load(self, model, pk):
        raise NotImplementedError

    async def execute(self, statement):
        raise NotImplementedError

    async def flush_commit(self):
        raise NotImplementedError


async def kv_upsert(session, ns, k, v, ttl_s):
    expires_at = time.time() + ttl_s
    row = await session.load(EphemeralRow, (ns, k))
    if row is None:
        stmt = _Insert(EphemeralRow, {"ns": ns, "k": k, "v": v, "expires_at": expires_at})
        stmt = stmt.on_conflict_do_update(
            index_elements=["ns", "k"], set_={"v": v, "expires_at": expires_at}
        )
        await session.execute(stmt)
    else:
        row.v = v
        row.expires_at = expires_at
    await session.flush_commit()


async def strike_provider_lock(session, provider, seconds):
    await kv_upsert(session, "capacity:lock", provider, "1", seconds)
