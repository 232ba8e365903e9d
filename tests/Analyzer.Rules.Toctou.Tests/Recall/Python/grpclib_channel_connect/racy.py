# https://github.com/vmagamedov/grpclib/issues/44
# Channel.__connect__ checks whether a protocol exists, then awaits create_connection();
# while it awaits, other request coroutines see no protocol yet and each open their own
# TCP socket; the last one wins. Fix: an asyncio.Lock with a re-check inside the lock.
import asyncio


class Handler:
    connection_lost = False


class H2Protocol(asyncio.Protocol):
    def __init__(self, handler, loop):
        self.handler = handler
        self.loop = loop


class Channel:
    _protocol = None

    def __init__(self, host="127.0.0.1", port=50051, *, loop):
        self._host = host
        self._port = port
        self._loop = loop

    def _protocol_factory(self):
        return H2Protocol(Handler(), loop=self._loop)

    async def __connect__(self):
        if self._protocol is None or self._protocol.handler.connection_lost:
            _, self._protocol = await self._loop.create_connection(  # Noncompliant
                self._protocol_factory, self._host, self._port)
        return self._protocol

    async def unary_call(self, payload):
        protocol = await self.__connect__()
        return protocol, payload


async def main():
    loop = asyncio.get_event_loop()
    channel = Channel(loop=loop)
    await asyncio.gather(*[channel.unary_call(i) for i in range(5)])
