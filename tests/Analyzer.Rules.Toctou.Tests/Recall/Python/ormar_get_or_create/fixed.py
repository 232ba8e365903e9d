# https://github.com/ormar-orm/ormar/issues/1016 (fix: https://github.com/ormar-orm/ormar/pull/1666)
# Fixed version: when create() trips the unique constraint because a concurrent caller inserted the row
# between this call's get() and create(), the IntegrityError is caught and get() is retried once; if the
# row is still missing the original error is re-raised (a real constraint conflict, not a race).
import asyncio


class NoRowFound(Exception):
    pass


class UniqueViolation(Exception):
    """Stand-in for sqlalchemy.exc.IntegrityError."""


class MemoryTable:
    """In-memory table with a unique constraint, accessed through awaited queries."""

    def __init__(self, unique):
        self.unique = unique
        self.rows = {}

    async def fetch_all(self, filters):
        await asyncio.sleep(0)
        return [r for r in self.rows.values() if all(r.get(k) == v for k, v in filters.items())]

    async def insert(self, values):
        await asyncio.sleep(0)
        row = dict(values)
        if self.rows.setdefault(tuple(row.get(c) for c in self.unique), row) is not row:
            raise UniqueViolation("duplicate key value violates unique constraint")


class ModelQuery:
    def __init__(self, table, filters=None):
        self.table = table
        self.filters = filters or {}

    def filter(self, **kwargs):
        return ModelQuery(self.table, {**self.filters, **kwargs})

    async def get(self, **kwargs):
        if kwargs:
            return await self.filter(**kwargs).get()
        rows = await self.table.fetch_all(self.filters)
        if not rows:
            raise NoRowFound()
        return rows[0]

    async def create(self, **kwargs):
        await self.table.insert(kwargs)
        return kwargs

    async def get_or_create(self, _defaults=None, **kwargs):
        try:
            return await self.get(**kwargs), False
        except NoRowFound:
            pass

        _defaults = _defaults or {}
        try:
            return await self.create(**{**kwargs, **_defaults}), True
        except UniqueViolation as integrity_error:
            try:
                return await self.get(**kwargs), False
            except NoRowFound:
                raise integrity_error from None
