# https://github.com/bachya/simplisafe-python/pull/267
# Fixed: the expiration-window check and the refresh run under one asyncio.Lock, so only
# one retrying request refreshes and the others see the new expiry and return.
import asyncio
from datetime import datetime, timedelta

from aiohttp import ClientResponseError, ClientSession

TOKEN_URL = "https://auth.simplisafe.com/oauth/token"


class LockedAPI:
    def __init__(self, session: ClientSession, refresh_token: str) -> None:
        self.session = session
        self.refresh_token = refresh_token
        self.access_token = None
        self._expire_dt = datetime.utcnow()
        self._backoff_refresh_lock = asyncio.Lock()

    async def _refresh_tokens(self) -> None:
        async with self.session.post(
            TOKEN_URL, json={"grant_type": "refresh_token", "refresh_token": self.refresh_token}
        ) as resp:
            resp.raise_for_status()
            data = await resp.json()
        self._expire_dt = datetime.utcnow() + timedelta(seconds=data["expires_in"] - 300)
        self.access_token = data["access_token"]
        self.refresh_token = data["refresh_token"]

    async def _on_backoff(self, err: ClientResponseError) -> None:
        if err.status in (401, 403):
            async with self._backoff_refresh_lock:
                if datetime.utcnow() < self._expire_dt:
                    return
                await self._refresh_tokens()

    async def call(self, method: str, url: str) -> dict:
        for _ in range(4):
            headers = {"Authorization": f"Bearer {self.access_token}"}
            try:
                async with self.session.request(method, url, headers=headers) as resp:
                    resp.raise_for_status()
                    return await resp.json()
            except ClientResponseError as err:
                await self._on_backoff(err)
        raise RuntimeError("retries exhausted")


async def refresh_everything(api: LockedAPI, urls: list) -> list:
    return await asyncio.gather(*(api.call("get", u) for u in urls))
