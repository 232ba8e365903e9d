# https://github.com/authlib/authlib/issues/266
# Fixed version: the client owns an asyncio.Event that is normally set. The first coroutine that needs
# a refresh sees it set and clears it in the same step (no await in between), performs the refresh and
# sets it again; every other coroutine waits on the event instead of sending another refresh.
import asyncio
import time


class TokenInvalidError(Exception):
    pass


class BearerToken(dict):
    def expired(self):
        return self.get("expires_at", 0) < time.time()


class AsyncOAuth2Session:
    def __init__(self, token, token_endpoint, update_token=None):
        self.token = BearerToken(token)
        self.metadata = {"token_endpoint": token_endpoint}
        self.update_token = update_token
        self.refresh_calls = 0
        # "reverse" event: set means no refresh is in progress
        self._token_refresh_event = asyncio.Event()
        self._token_refresh_event.set()

    async def _post_form(self, url, data):
        await asyncio.sleep(0.05)
        self.refresh_calls += 1
        return {
            "access_token": "at-%d" % self.refresh_calls,
            "refresh_token": data["refresh_token"] + "+",
            "expires_at": time.time() + 3600,
        }

    async def refresh_access_token(self, url, refresh_token=None):
        token = await self._post_form(url, {"grant_type": "refresh_token", "refresh_token": refresh_token})
        self.token = BearerToken(token)
        if self.update_token:
            await self.update_token(self.token, refresh_token=refresh_token)
        return self.token

    async def ensure_token_is_active(self):
        if self._token_refresh_event.is_set():
            # unset so other coroutines do not try to update the token
            self._token_refresh_event.clear()
            refresh_token = self.token.get("refresh_token")
            url = self.metadata.get("token_endpoint")
            if refresh_token and url:
                await self.refresh_access_token(url, refresh_token=refresh_token)
            else:
                raise TokenInvalidError()
            # notify waiting coroutines that the token is refreshed
            self._token_refresh_event.set()
            return
        await self._token_refresh_event.wait()  # wait until the token is ready

    async def send(self, method, url, withhold_token=False):
        if not withhold_token:
            if self.token.expired():
                await self.ensure_token_is_active()
        await asyncio.sleep(0.01)
        return method, url, self.token["access_token"]


async def run_requests():
    session = AsyncOAuth2Session(
        {"access_token": "old", "refresh_token": "rt", "expires_at": 0},
        "https://auth.example.com/oauth/token",
    )
    await asyncio.gather(*[session.send("GET", "/api/items/%d" % i) for i in range(10)])
    print("refreshes:", session.refresh_calls)


if __name__ == "__main__":
    asyncio.run(run_requests())
