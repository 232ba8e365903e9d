# https://github.com/gmr/aiorabbit/pull/5
# Fixed: close() holds an asyncio.Lock across the is-closed check and the awaited shutdown, so a
# concurrent close() waits and then sees the connection already closed.
import asyncio


class ConnectionChannel:
    def __init__(self, loop):
        self._heartbeat_timer = loop.call_later(30, lambda: None)
        self.is_closed = False

    async def shut(self):
        self._heartbeat_timer.cancel()
        self._heartbeat_timer = None
        await asyncio.sleep(0.01)
        self.is_closed = True


class LockedRabbitClient:
    def __init__(self):
        self._loop = asyncio.get_running_loop()
        self._conn_channel = ConnectionChannel(self._loop)
        self._channel_ready = asyncio.Event()
        self._channel_ready.set()
        self._transport = object()
        self._state = "channel_open"
        self._close_lock = asyncio.Lock()

    @property
    def closed(self):
        return self._conn_channel is None or self._conn_channel.is_closed or self._state in ("closing", "closed")

    async def _close_channel(self):
        await asyncio.sleep(0.01)
        self._channel_ready.clear()

    async def _teardown(self):
        self._state = "closing"
        await self._conn_channel.shut()
        self._transport = None
        self._state = "closed"

    async def disconnect(self):
        async with self._close_lock:
            if self.closed or not self._transport:
                return
            if self._channel_ready.is_set():
                await self._close_channel()
            await self._teardown()


async def run_demo():
    client = LockedRabbitClient()
    await asyncio.gather(client.disconnect(), client.disconnect())


if __name__ == "__main__":
    asyncio.run(run_demo())
