# https://github.com/bachya/simplisafe-python/pull/267 (follow-up to bachya/simplisafe-python#266)
# Every API request runs its own backoff/retry sequence; on a 401 the on_backoff handler
# refreshed the access token unless it had been refreshed within the expiration window.
# Several concurrent requests could all pass that check before the first refresh (which
# awaits an HTTP call) stored the new expiry, so each used the same refresh token and the
# collisions invalidated it. Fix: an asyncio.Lock around the check and the refresh.
import asyncio
from datetime import datetime, timedelta

from aiohttp import ClientResponseError, ClientSession

AUTH_URL = "https://auth.simplisafe.com/oauth/token"


class API:
    def __init__(self, session: ClientSession, refresh_token: str) -> None:
        self.session = session
        self.refresh_token = refresh_token
        self.access_token = None
        self._access_token_expire_dt = datetime.utcnow()

    async def _async_refresh_access_token(self) -> None:
        async with self.session.post(
            AUTH_URL, json={"grant_type": "refresh_token", "refresh_token": self.refresh_token}
        ) as resp:
            resp.raise_for_status()
            data = await resp.json()
        self._access_token_expire_dt = datetime.utcnow() + timedelta(seconds=data["expires_in"] - 300)
        self.access_token = data["access_token"]
        self.refresh_token = data["refresh_token"]

    async def _async_handle_on_backoff(self, err: ClientResponseError) -> None:
        if err.status in (401, 403):
            if datetime.utcnow() < self._access_token_expire_dt:
                return
            await self._async_refresh_access_token()  # Noncompliant

    async def request(self, method: str, url: str) -> dict:
        for _ in range(4):
            headers = {"Authorization": f"Bearer {self.access_token}"}
            try:
                async with self.session.request(method, url, headers=headers) as resp:
                    resp.raise_for_status()
                    return await resp.json()
            except ClientResponseError as err:
                await self._async_handle_on_backoff(err)
        raise RuntimeError("retries exhausted")


async def update_all(api: API, urls: list) -> list:
    return await asyncio.gather(*(api.request("get", u) for u in urls))
