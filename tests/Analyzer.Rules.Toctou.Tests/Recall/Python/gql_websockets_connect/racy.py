# https://github.com/graphql-python/gql/pull/106
# WebsocketsTransport.connect() tested `self.websocket is None` and then awaited
# websockets.connect(): two asyncio tasks connecting the same transport both pass the test
# before either assigns self.websocket, open two sockets and start two receive loops
# ("cannot call recv while another coroutine is already waiting", issue #105).
# Fix: a _connecting flag set before the first await; a second caller gets TransportAlreadyConnected.
import asyncio
import json

import websockets


class TransportAlreadyConnected(Exception):
    pass


class WebsocketsTransport(object):
    def __init__(self, url, ssl=False, headers=None):
        self.url = url
        self.ssl = ssl
        self.headers = headers
        self.websocket = None
        self.next_query_id = 1
        self.listeners = {}
        self.listen_loop = None

    async def _send(self, message):
        await self.websocket.send(message)

    async def _receive(self):
        return await self.websocket.recv()

    async def _answer_loop(self):
        while True:
            answer = json.loads(await self._receive())
            queue = self.listeners.get(int(answer.get("id", 0)))
            if queue is not None:
                await queue.put(answer)

    async def connect(self):
        if self.websocket is None:
            self.websocket = await websockets.connect(  # Noncompliant
                self.url,
                ssl=self.ssl,
                extra_headers=self.headers,
                subprotocols=["graphql-ws"],
            )
            self.next_query_id = 1
            await self._send('{"type":"connection_init","payload":{}}')
            await self._receive()
            self.listen_loop = asyncio.ensure_future(self._answer_loop())
        else:
            raise TransportAlreadyConnected("Transport is already connected")


async def main():
    transport = WebsocketsTransport("wss://example.org/graphql")
    # Two subscriptions started together on the same client/transport.
    await asyncio.gather(transport.connect(), transport.connect(), return_exceptions=True)
