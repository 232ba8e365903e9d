# https://github.com/vmagamedov/grpclib/issues/44
# Fixed: connection creation is serialised by an asyncio.Lock and the "connected" check
# is repeated after the lock is taken, so concurrent first calls share one protocol.
import asyncio


class ConnHandler:
    connection_lost = False


class H2Proto(asyncio.Protocol):
    def __init__(self, handler, loop):
        self.handler = handler
        self.loop = loop


class SafeChannel:
    _protocol = None

    def __init__(self, host="127.0.0.1", port=50051, *, loop):
        self._host = host
        self._port = port
        self._loop = loop
        self._connect_lock = asyncio.Lock()

    def _protocol_factory(self):
        return H2Proto(ConnHandler(), loop=self._loop)

    async def _create_connection(self):
        _, protocol = await self._loop.create_connection(
            self._protocol_factory, self._host, self._port)
        return protocol

    @property
    def _connected(self):
        return (self._protocol is not None
                and not self._protocol.handler.connection_lost)

    async def __connect__(self):
        if not self._connected:
            async with self._connect_lock:
                if not self._connected:
                    self._protocol = await self._create_connection()
        return self._protocol

    async def call_unary(self, payload):
        protocol = await self.__connect__()
        return protocol, payload


async def run_many():
    loop = asyncio.get_event_loop()
    channel = SafeChannel(loop=loop)
    await asyncio.gather(*[channel.call_unary(i) for i in range(5)])
