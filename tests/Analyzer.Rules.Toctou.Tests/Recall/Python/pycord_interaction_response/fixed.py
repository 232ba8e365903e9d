# https://github.com/Pycord-Development/pycord/pull/1039
# Fixed shape (discord/interactions.py): every response method funnels its HTTP call through
# _locked_response(), which takes the per-response asyncio.Lock, re-checks is_done() and
# raises InteractionResponded before awaiting the request, so only one initial response is sent.
import asyncio


class AlreadyResponded(Exception):
    pass


class HTTPNotFound(Exception):
    pass


class DiscordAdapter:
    def __init__(self):
        self.answered = set()

    async def create_interaction_response(self, interaction_id, token, data):
        await asyncio.sleep(0.01)  # HTTP round trip
        if token in self.answered:
            raise HTTPNotFound("404 Not Found (error code: 10062): Unknown interaction")
        self.answered.add(token)


class SlashInteraction:
    def __init__(self, interaction_id, token, adapter):
        self.id = interaction_id
        self.token = token
        self.response = LockedInteractionResponse(self, adapter)


class LockedInteractionResponse:
    def __init__(self, parent, adapter):
        self._parent = parent
        self._adapter = adapter
        self._responded = False
        self._response_lock = asyncio.Lock()

    def is_done(self):
        return self._responded

    async def send_message(self, content):
        if self._responded:
            raise AlreadyResponded(self._parent)

        payload = {"type": 4, "data": {"content": str(content)}}
        parent = self._parent
        await self._locked_response(
            self._adapter.create_interaction_response(parent.id, parent.token, payload)
        )
        self._responded = True
        return parent

    async def _locked_response(self, coro):
        async with self._response_lock:
            if self.is_done():
                coro.close()  # cleanup un-awaited coroutine
                raise AlreadyResponded(self._parent)
            await coro


async def answer_twice():
    interaction = SlashInteraction(1, "tok-1", DiscordAdapter())

    async def respond():
        await interaction.response.send_message("pong")

    results = await asyncio.gather(respond(), respond(), return_exceptions=True)
    print(results)


if __name__ == "__main__":
    asyncio.run(answer_twice())
