# https://github.com/AliRn76/panther/pull/148
# Fixed version: the insert is allowed to lose. A duplicate-key error from insert_one()
# means another request inserted the document first, so find_one() is run again and the
# existing document is returned with created=False (requires a unique index).
import asyncio
import itertools


class DuplicateKeyConflict(Exception):
    pass


class UniqueIndexedCollection:
    """Tiny async stand-in for a Mongo collection with a unique index on `name`."""

    def __init__(self):
        self.docs = []
        self._ids = itertools.count(1)

    async def find_one(self, flt):
        await asyncio.sleep(0)
        for d in self.docs:
            if all(d.get(k) == v for k, v in flt.items()):
                return dict(d)
        return None

    async def insert_one(self, doc):
        await asyncio.sleep(0)
        if any(d['name'] == doc['name'] for d in self.docs):
            raise DuplicateKeyConflict(doc['name'])
        doc = dict(doc, id=next(self._ids))
        self.docs.append(doc)
        return doc


class SafeQuery:
    collection = UniqueIndexedCollection()

    def __init__(self, **fields):
        self.__dict__.update(fields)

    @classmethod
    async def get_one(cls, _filter=None, /, **kwargs):
        doc = await cls.collection.find_one({**(_filter or {}), **kwargs})
        return cls(**doc) if doc else None

    @classmethod
    async def add_one(cls, _document=None, /, **kwargs):
        return cls(**await cls.collection.insert_one({**(_document or {}), **kwargs}))

    @classmethod
    async def get_one_or_add(cls, _filter=None, /, **kwargs):
        if obj := await cls.get_one(_filter, **kwargs):
            return obj, False
        try:
            return await cls.add_one(_filter, **kwargs), True
        except DuplicateKeyConflict:
            if obj := await cls.get_one(_filter, **kwargs):
                return obj, False
            raise


class Account(SafeQuery):
    pass


async def register_api(name):
    account, created = await Account.get_one_or_add(name=name)
    return {'id': account.id, 'created': created}


async def run_demo():
    print(await asyncio.gather(*(register_api('ali') for _ in range(3))))


if __name__ == '__main__':
    asyncio.run(run_demo())
