# https://github.com/slackapi/python-slack-sdk/pull/1067
# Fixed version: connect_to_new_endpoint() holds connect_operation_lock (asyncio.Lock) and re-checks
# is_connected() under it before issuing a new WSS URL and connecting, so concurrent reconnect
# attempts from the monitor and the receiver are serialized and the late one becomes a no-op.
import asyncio
import itertools
from typing import Optional

_ticket_ids = itertools.count(1)


class WsSession:
    def __init__(self, url: str) -> None:
        self.url = url
        self.closed = False

    async def receive(self) -> Optional[str]:
        await asyncio.sleep(0.01)
        return None if self.closed else "{}"

    async def close(self) -> None:
        self.closed = True


async def open_ws(url: str) -> WsSession:
    await asyncio.sleep(0.01)
    return WsSession(url)


class LockedSocketModeClient:
    def __init__(self, app_token: str, ping_interval: float = 0.05) -> None:
        self.app_token = app_token
        self.ping_interval = ping_interval
        self.auto_reconnect_enabled = True
        self.closed = False
        self.wss_uri: Optional[str] = None
        self.current_session: Optional[WsSession] = None
        self.message_queue: "asyncio.Queue[str]" = asyncio.Queue()
        self.connect_operation_lock = asyncio.Lock()

    async def issue_new_wss_url(self) -> str:
        await asyncio.sleep(0.02)  # apps.connections.open
        return "wss://wss.slack.invalid/link/?ticket=%d" % next(_ticket_ids)

    async def is_connected(self) -> bool:
        return self.current_session is not None and not self.current_session.closed

    async def connect(self) -> None:
        old_session = self.current_session
        self.current_session = await open_ws(self.wss_uri)
        if old_session is not None:
            await old_session.close()

    async def connect_to_new_endpoint(self, force: bool = False) -> None:
        async with self.connect_operation_lock:
            if force or not await self.is_connected():
                self.wss_uri = await self.issue_new_wss_url()
                await self.connect()

    async def monitor_current_session(self) -> None:
        while not self.closed:
            await asyncio.sleep(self.ping_interval)
            if self.auto_reconnect_enabled and not await self.is_connected():
                await self.connect_to_new_endpoint()

    async def receive_messages(self) -> None:
        while not self.closed:
            session = self.current_session
            message = await session.receive() if session is not None else None
            if message is None:
                if self.auto_reconnect_enabled:
                    await self.connect_to_new_endpoint()
                continue
            await self.message_queue.put(message)


async def run_client() -> None:
    client = LockedSocketModeClient(app_token="xapp-1-demo")
    await client.connect_to_new_endpoint()
    tasks = [
        asyncio.ensure_future(client.monitor_current_session()),
        asyncio.ensure_future(client.receive_messages()),
    ]
    await asyncio.sleep(0.1)
    await client.current_session.close()
    await asyncio.sleep(0.3)
    client.closed = True
    await asyncio.gather(*tasks)
    print(client.wss_uri, client.current_session.url)


if __name__ == "__main__":
    asyncio.run(run_client())
