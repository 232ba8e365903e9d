# https://github.com/openai/openai-agents-python/pull/3821 (issue https://github.com/openai/openai-agents-python/issues/3820)
# Fixed version: conversation creation is serialized by _session_id_lock (asyncio.Lock); the waiting
# coroutine re-checks _session_id after acquiring the lock and reuses the conversation created by the
# first one, so all items go to a single conversation.
import asyncio
import itertools


class StubConversationsApi:
    _ids = itertools.count(1)

    def __init__(self):
        self.items = {}

    async def create(self, items):
        await asyncio.sleep(0.01)
        conv_id = "conv_%d" % next(self._ids)
        self.items[conv_id] = list(items)
        return conv_id

    async def add(self, conversation_id, items):
        await asyncio.sleep(0)
        self.items[conversation_id].extend(items)


async def create_remote_conversation(client):
    return await client.create(items=[])


class LockedConversationsSession:
    def __init__(self, conversation_id=None, openai_client=None):
        self._session_id = conversation_id
        self._session_id_lock = asyncio.Lock()
        self._openai_client = openai_client or StubConversationsApi()

    async def _ensure_session_id(self):
        if self._session_id is not None:
            return self._session_id
        async with self._session_id_lock:
            if self._session_id is None:
                self._session_id = await create_remote_conversation(self._openai_client)
            return self._session_id

    async def append_items(self, items):
        session_id = await self._ensure_session_id()
        await self._openai_client.add(conversation_id=session_id, items=items)

    async def list_items(self):
        session_id = await self._ensure_session_id()
        return list(self._openai_client.items[session_id])


async def run_fixed():
    session = LockedConversationsSession()
    await asyncio.gather(
        session.append_items([{"role": "user", "content": "hello"}]),
        session.append_items([{"role": "user", "content": "world"}]),
    )
    print(await session.list_items())


if __name__ == "__main__":
    asyncio.run(run_fixed())
