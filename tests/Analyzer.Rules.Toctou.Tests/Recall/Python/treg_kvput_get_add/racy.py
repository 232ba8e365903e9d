# https://github.com/superdesigndev/treg/pull/362
# The rate store's kv_put loaded the (ns, k) row and, when it was missing, added a new row; two
# uvicorn workers striking the same provider in the same millisecond both saw "missing", both
# INSERTed, and the loser raised UniqueViolationError on ephemeral_pkey. The fix writes the
# missing-row path as INSERT ... ON CONFLICT (ns, k) DO UPDATE.
import time


class Ephemeral:
    def __init__(self, ns, k, v, expires_at):
        self.ns = ns
        self.k = k
        self.v = v
        self.expires_at = expires_at


class AsyncSession:
    """Stand-in for the async ORM session shared by one request."""

    async def get(self, model, pk):
        raise NotImplementedError

    def add(self, obj):
        raise NotImplementedError

    async def commit(self):
        raise NotImplementedError


async def kv_put(session, ns, k, v, ttl_s):
    expires_at = time.time() + ttl_s
    row = await session.get(Ephemeral, (ns, k))
    if row is None:
        session.add(Ephemeral(ns=ns, k=k, v=v, expires_at=expires_at))  # Noncompliant
    else:
        row.v = v
        row.expires_at = expires_at
    await session.commit()


async def strike_capacity_lock(session, provider, seconds):
    await kv_put(session, "capacity:lock", provider, "1", seconds)
