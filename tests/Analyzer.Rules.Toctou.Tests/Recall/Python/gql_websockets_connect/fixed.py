# https://github.com/graphql-python/gql/pull/106
# Fixed version: connect() sets self._connecting = True synchronously right after the check
# (no await in between), so a second task entering connect() while the first is awaiting
# websockets.connect() sees the flag and raises TransportAlreadyConnected.
import asyncio
import json

import websockets


class AlreadyConnectedError(Exception):
    pass


class GuardedWebsocketsTransport(object):
    def __init__(self, url, ssl=False, headers=None):
        self.url = url
        self.ssl = ssl
        self.headers = headers
        self.websocket = None
        self._connecting = False
        self.next_query_id = 1
        self.listeners = {}
        self.listen_loop = None

    async def _send_msg(self, message):
        await self.websocket.send(message)

    async def _recv_msg(self):
        return await self.websocket.recv()

    async def _dispatch_loop(self):
        while True:
            answer = json.loads(await self._recv_msg())
            queue = self.listeners.get(int(answer.get("id", 0)))
            if queue is not None:
                await queue.put(answer)

    async def open(self):
        if self.websocket is None and not self._connecting:
            # Set connecting to True to stop a second concurrent connect.
            self._connecting = True
            try:
                self.websocket = await websockets.connect(
                    self.url,
                    ssl=self.ssl,
                    extra_headers=self.headers,
                    subprotocols=["graphql-ws"],
                )
            finally:
                self._connecting = False
            self.next_query_id = 1
            await self._send_msg('{"type":"connection_init","payload":{}}')
            await self._recv_msg()
            self.listen_loop = asyncio.ensure_future(self._dispatch_loop())
        else:
            raise AlreadyConnectedError("Transport is already connected")
