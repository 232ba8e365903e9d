# https://github.com/miaucl/cookidoo-api/pull/262
# _ensure_token() checked the expiry and then awaited refresh() with no
# synchronisation. Concurrent requests (Home Assistant polls + user actions)
# that cross the expiry window each start a refresh with the same refresh
# token; a server that rotates refresh tokens rejects the later ones. Fix: an
# asyncio.Lock around the refresh with the expiry check repeated inside it.
import asyncio
import time

import aiohttp

TOKEN_EXPIRY_MARGIN_S = 60


class Cookidoo:
    def __init__(self, session: aiohttp.ClientSession, token_url: str) -> None:
        self._session = session
        self._token_url = token_url
        self._logged_in = False
        self._access_token = None
        self._refresh_token = None
        self._expires_at = 0.0
        self._endpoints_lock = asyncio.Lock()

    def _apply_tokens(self, data: dict) -> None:
        self._access_token = data["access_token"]
        self._refresh_token = data.get("refresh_token", self._refresh_token)
        self._expires_at = time.time() + data["expires_in"]

    async def refresh(self) -> None:
        async with self._session.post(
            self._token_url,
            data={"grant_type": "refresh_token", "refresh_token": self._refresh_token},
        ) as resp:
            resp.raise_for_status()
            self._apply_tokens(await resp.json())

    async def _ensure_token(self) -> None:
        if not self._logged_in:
            return
        if time.time() >= self._expires_at - TOKEN_EXPIRY_MARGIN_S:
            await self.refresh()  # Noncompliant

    async def get_recipe(self, url: str) -> dict:
        await self._ensure_token()
        headers = {"Authorization": f"Bearer {self._access_token}"}
        async with self._session.get(url, headers=headers) as resp:
            resp.raise_for_status()
            return await resp.json()


async def poll_and_act(api: Cookidoo, urls: list) -> list:
    return await asyncio.gather(*(api.get_recipe(u) for u in urls))
