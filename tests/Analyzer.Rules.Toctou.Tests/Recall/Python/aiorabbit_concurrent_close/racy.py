# https://github.com/gmr/aiorabbit/pull/5
# Client.close() checked is_closed and then awaited the Channel.Close RPC and the connection
# shutdown. A second close() started while the first was suspended in those awaits still saw
# the connection as open and ran the shutdown again, so Channel0.close() crashed on the
# heartbeat timer the first call had already cancelled and cleared ('NoneType' object has no
# attribute 'cancel'). The fix serializes close() with an asyncio.Lock held across the check
# and the shutdown.
import asyncio


class Channel0:
    def __init__(self, loop):
        self._heartbeat_timer = loop.call_later(30, lambda: None)
        self.is_closed = False

    async def close(self):
        self._heartbeat_timer.cancel()
        self._heartbeat_timer = None
        await asyncio.sleep(0.01)  # send Connection.Close and wait for CloseOk
        self.is_closed = True


class RabbitClient:
    def __init__(self):
        self._loop = asyncio.get_running_loop()
        self._channel0 = Channel0(self._loop)
        self._channel_open = asyncio.Event()
        self._channel_open.set()
        self._transport = object()
        self._state = "channel_open"

    @property
    def is_closed(self):
        return self._channel0 is None or self._channel0.is_closed or self._state in ("closing", "closed")

    async def _send_channel_close(self):
        await asyncio.sleep(0.01)  # Channel.Close -> Channel.CloseOk round trip
        self._channel_open.clear()

    async def _shutdown(self):
        self._state = "closing"
        await self._channel0.close()
        self._transport = None
        self._state = "closed"

    async def close(self):
        if self.is_closed or not self._transport:
            return
        if self._channel_open.is_set():
            await self._send_channel_close()  # Noncompliant
        await self._shutdown()  # Noncompliant


async def main():
    client = RabbitClient()
    await asyncio.gather(client.close(), client.close())


if __name__ == "__main__":
    asyncio.run(main())
