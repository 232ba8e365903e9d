# https://github.com/Chetan0e/Verath/issues/144 (fix: https://github.com/Chetan0e/Verath/pull/171)
# Fixed version: the initialisation runs under an asyncio.Lock and the flag is checked again once
# the lock is held, so only one coroutine creates the indexes.
import asyncio

QUEUE_COLLECTION = "task_queue"


class _MongoCollection:
    async def ensure_index(self, keys, **kwargs):
        raise NotImplementedError

    async def insert_document(self, doc):
        raise NotImplementedError

    async def claim_one(self, query, update, **kwargs):
        raise NotImplementedError


class _MongoDatabase(dict):
    def __missing__(self, name):
        coll = self[name] = _MongoCollection()
        return coll


_MONGO = _MongoDatabase()


def get_database():
    return _MONGO


class LockedTaskQueue:
    def __init__(self):
        self._ready = False
        self._init_lock = asyncio.Lock()

    async def _ensure_ready(self):
        if self._ready:
            return
        async with self._init_lock:
            if self._ready:
                return
            db = get_database()
            await db[QUEUE_COLLECTION].ensure_index([("status", 1), ("priority", -1)])
            await db[QUEUE_COLLECTION].ensure_index("created_at", expireAfterSeconds=86400)
            self._ready = True

    async def push(self, task):
        await self._ensure_ready()
        await get_database()[QUEUE_COLLECTION].insert_document({"task": task, "status": "pending"})

    async def pop(self):
        await self._ensure_ready()
        return await get_database()[QUEUE_COLLECTION].claim_one(
            {"status": "pending"}, {"$set": {"status": "running"}}
        )


locked_task_queue = LockedTaskQueue()
