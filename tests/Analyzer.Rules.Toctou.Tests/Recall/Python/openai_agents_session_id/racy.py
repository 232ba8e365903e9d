# https://github.com/openai/openai-agents-python/pull/3821 (issue https://github.com/openai/openai-agents-python/issues/3820)
# OpenAIConversationsSession creates its remote conversation lazily: _get_session_id() sees _session_id is
# None and awaits conversations.create(). Two coroutines using a fresh session concurrently both see None
# across that await, create two conversations, and the history is split between them.
# Fix: an asyncio.Lock per session, with the None check repeated after acquiring it.
import asyncio
import itertools


class FakeConversations:
    _ids = itertools.count(1)

    def __init__(self):
        self.items = {}

    async def create(self, items):
        await asyncio.sleep(0.01)  # HTTP round trip
        conv_id = "conv_%d" % next(self._ids)
        self.items[conv_id] = list(items)
        return conv_id

    async def add(self, conversation_id, items):
        await asyncio.sleep(0)
        self.items[conversation_id].extend(items)


async def start_openai_conversations_session(client):
    return await client.create(items=[])


class OpenAIConversationsSession:
    def __init__(self, conversation_id=None, openai_client=None):
        self._session_id = conversation_id
        self._openai_client = openai_client or FakeConversations()

    async def _get_session_id(self):
        if self._session_id is None:
            self._session_id = await start_openai_conversations_session(self._openai_client)  # Noncompliant
        return self._session_id

    async def add_items(self, items):
        session_id = await self._get_session_id()
        await self._openai_client.add(conversation_id=session_id, items=items)

    async def get_items(self):
        session_id = await self._get_session_id()
        return list(self._openai_client.items[session_id])


async def main():
    session = OpenAIConversationsSession()
    await asyncio.gather(
        session.add_items([{"role": "user", "content": "hello"}]),
        session.add_items([{"role": "user", "content": "world"}]),
    )
    print(await session.get_items())


if __name__ == "__main__":
    asyncio.run(main())
