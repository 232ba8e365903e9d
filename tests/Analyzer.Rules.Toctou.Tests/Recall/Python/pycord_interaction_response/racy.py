# https://github.com/Pycord-Development/pycord/pull/1039
# InteractionResponse.send_message() tested self._responded, awaited the HTTP
# create_interaction_response call and only then set _responded; two tasks answering one interaction
# (issue #963) both passed the test and the second POST failed with 404 instead of InteractionResponded.
# Fix: _locked_response() re-checks is_done() and awaits the request while holding an asyncio.Lock.
import asyncio


class InteractionResponded(Exception):
    pass


class NotFound(Exception):
    pass


class HTTPAdapter:
    """Discord accepts exactly one initial response per interaction token."""

    def __init__(self):
        self.answered = set()

    async def create_interaction_response(self, interaction_id, token, data):
        await asyncio.sleep(0.01)  # HTTP round trip
        if token in self.answered:
            raise NotFound("404 Not Found (error code: 10062): Unknown interaction")
        self.answered.add(token)


class Interaction:
    def __init__(self, interaction_id, token, adapter):
        self.id = interaction_id
        self.token = token
        self.response = InteractionResponse(self, adapter)


class InteractionResponse:
    def __init__(self, parent, adapter):
        self._parent = parent
        self._adapter = adapter
        self._responded = False

    def is_done(self):
        return self._responded

    async def send_message(self, content):
        if self._responded:
            raise InteractionResponded(self._parent)

        payload = {"type": 4, "data": {"content": str(content)}}
        parent = self._parent
        await self._adapter.create_interaction_response(parent.id, parent.token, payload)
        self._responded = True  # Noncompliant
        return parent


async def main():
    interaction = Interaction(1, "tok-1", HTTPAdapter())

    async def respond():
        await interaction.response.send_message("pong")

    results = await asyncio.gather(respond(), respond(), return_exceptions=True)
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
