# https://github.com/miaucl/cookidoo-api/pull/262
# Fixed: the refresh is serialised by an asyncio.Lock and the expiry is checked
# both before and inside the lock, so only one coroutine refreshes.
import asyncio
import time

import aiohttp

EXPIRY_MARGIN_S = 60


class LockedCookidoo:
    def __init__(self, session: aiohttp.ClientSession, token_url: str) -> None:
        self._session = session
        self._token_url = token_url
        self._logged_in = False
        self._access_token = None
        self._refresh_token = None
        self._expires_at = 0.0
        self._token_lock = asyncio.Lock()

    def _store_tokens(self, data: dict) -> None:
        self._access_token = data["access_token"]
        self._refresh_token = data.get("refresh_token", self._refresh_token)
        self._expires_at = time.time() + data["expires_in"]

    def _is_token_expiring(self) -> bool:
        return time.time() >= self._expires_at - EXPIRY_MARGIN_S

    async def do_refresh(self) -> None:
        async with self._session.post(
            self._token_url,
            data={"grant_type": "refresh_token", "refresh_token": self._refresh_token},
        ) as resp:
            resp.raise_for_status()
            self._store_tokens(await resp.json())

    async def _ensure_fresh_token(self) -> None:
        if not self._logged_in or not self._is_token_expiring():
            return
        async with self._token_lock:
            if self._is_token_expiring():
                await self.do_refresh()

    async def fetch_recipe(self, url: str) -> dict:
        await self._ensure_fresh_token()
        headers = {"Authorization": f"Bearer {self._access_token}"}
        async with self._session.get(url, headers=headers) as resp:
            resp.raise_for_status()
            return await resp.json()


async def gather_recipes(api: LockedCookidoo, urls: list) -> list:
    return await asyncio.gather(*(api.fetch_recipe(u) for u in urls))
