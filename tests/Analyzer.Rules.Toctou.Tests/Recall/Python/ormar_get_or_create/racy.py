# https://github.com/ormar-orm/ormar/issues/1016 (fix: https://github.com/ormar-orm/ormar/pull/1666)
# QuerySet.get_or_create ran a SELECT (get) and, on NoMatch, an INSERT (create). Two coroutines calling it
# for the same not-yet-existing row both get NoMatch and both insert; on a model with a unique constraint
# the loser fails with a UniqueViolation/IntegrityError. The fix catches IntegrityError from create() and
# re-runs get() to return the winner's row with created=False.
import asyncio


class NoMatch(Exception):
    pass


class IntegrityError(Exception):
    """Stand-in for sqlalchemy.exc.IntegrityError."""


class Table:
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
            raise IntegrityError("duplicate key value violates unique constraint")


class QuerySet:
    def __init__(self, table, filters=None):
        self.table = table
        self.filters = filters or {}

    def filter(self, **kwargs):
        return QuerySet(self.table, {**self.filters, **kwargs})

    async def get(self, **kwargs):
        if kwargs:
            return await self.filter(**kwargs).get()
        rows = await self.table.fetch_all(self.filters)
        if not rows:
            raise NoMatch()
        return rows[0]

    async def create(self, **kwargs):
        await self.table.insert(kwargs)
        return kwargs

    async def get_or_create(self, _defaults=None, **kwargs):
        try:
            return await self.get(**kwargs), False
        except NoMatch:
            _defaults = _defaults or {}
            return await self.create(**{**kwargs, **_defaults}), True  # Noncompliant
