# https://github.com/AliRn76/panther/pull/148
# Query.find_one_or_insert() awaited find_one() and, on no match, awaited insert_one();
# concurrent requests for the same new document all see no match and all insert
# (duplicates, or DuplicateKeyError with a unique index). Fix: catch the duplicate-key
# error on insert and re-run find_one() to return the existing document.
import asyncio
import itertools


class DuplicateKeyError(Exception):
    pass


class MongoCollection:
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
            raise DuplicateKeyError(doc['name'])
        doc = dict(doc, id=next(self._ids))
        self.docs.append(doc)
        return doc


class Query:
    collection = MongoCollection()

    def __init__(self, **fields):
        self.__dict__.update(fields)

    @classmethod
    async def find_one(cls, _filter=None, /, **kwargs):
        doc = await cls.collection.find_one({**(_filter or {}), **kwargs})
        return cls(**doc) if doc else None

    @classmethod
    async def insert_one(cls, _document=None, /, **kwargs):
        return cls(**await cls.collection.insert_one({**(_document or {}), **kwargs}))

    @classmethod
    async def find_one_or_insert(cls, _filter=None, /, **kwargs):
        if obj := await cls.find_one(_filter, **kwargs):
            return obj, False
        return await cls.insert_one(_filter, **kwargs), True  # Noncompliant


class User(Query):
    pass


async def signup_api(name):
    # body of an async Panther API handler
    user, created = await User.find_one_or_insert(name=name)
    return {'id': user.id, 'created': created}


async def main():
    print(await asyncio.gather(*(signup_api('ali') for _ in range(3)), return_exceptions=True))


if __name__ == '__main__':
    asyncio.run(main())
