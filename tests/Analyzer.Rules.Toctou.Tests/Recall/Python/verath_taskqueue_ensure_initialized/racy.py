# https://github.com/Chetan0e/Verath/issues/144 (fix: https://github.com/Chetan0e/Verath/pull/171)
# TaskQueue._ensure_initialized gated index creation on a plain `self._initialized` flag with no
# lock; concurrent coroutines (enqueue/dequeue from several requests) all saw False across the
# create_index awaits and all ran the initialisation. The fix adds an asyncio.Lock and re-checks the
# flag inside it (double-checked locking).

COLLECTION_NAME = "task_queue"


class _Collection:
    async def create_index(self, keys, **kwargs):
        raise NotImplementedError

    async def insert_one(self, doc):
        raise NotImplementedError

    async def find_one_and_update(self, query, update, **kwargs):
        raise NotImplementedError


class _Database(dict):
    def __missing__(self, name):
        coll = self[name] = _Collection()
        return coll


_DB = _Database()


def get_db():
    return _DB


class TaskQueue:
    def __init__(self):
        self._initialized = False

    async def _ensure_initialized(self):
        if self._initialized:
            return
        db = get_db()
        await db[COLLECTION_NAME].create_index([("status", 1), ("priority", -1)])
        await db[COLLECTION_NAME].create_index("created_at", expireAfterSeconds=86400)
        self._initialized = True  # Noncompliant

    async def enqueue(self, task):
        await self._ensure_initialized()
        await get_db()[COLLECTION_NAME].insert_one({"task": task, "status": "pending"})

    async def dequeue(self):
        await self._ensure_initialized()
        return await get_db()[COLLECTION_NAME].find_one_and_update(
            {"status": "pending"}, {"$set": {"status": "running"}}
        )


task_queue = TaskQueue()
