# https://github.com/authlib/authlib/issues/266
# httpx AsyncOAuth2Client: request() tested self.token.is_expired() and then awaited ensure_active_token(),
# which awaited the token endpoint before storing the new token; coroutines sharing the client (gather) all
# passed the test while the first refresh was in flight and each sent another refresh with the same
# refresh_token. Fix: an asyncio.Event tested and cleared with no await in between; others wait on it.
import asyncio
import time


class InvalidTokenError(Exception):
    pass


class OAuth2Token(dict):
    def is_expired(self):
        return self.get("expires_at", 0) < time.time()


class AsyncOAuth2Client:
    def __init__(self, token, token_endpoint, update_token=None):
        self.token = OAuth2Token(token)
        self.metadata = {"token_endpoint": token_endpoint}
        self.update_token = update_token
        self.refresh_calls = 0

    async def _post(self, url, data):
        await asyncio.sleep(0.05)  # token endpoint round trip
        self.refresh_calls += 1
        return {
            "access_token": "at-%d" % self.refresh_calls,
            "refresh_token": data["refresh_token"] + "+",
            "expires_at": time.time() + 3600,
        }

    async def refresh_token(self, url, refresh_token=None):
        token = await self._post(url, {"grant_type": "refresh_token", "refresh_token": refresh_token})
        self.token = OAuth2Token(token)
        if self.update_token:
            await self.update_token(self.token, refresh_token=refresh_token)
        return self.token

    async def ensure_active_token(self):
        refresh_token = self.token.get("refresh_token")
        url = self.metadata.get("token_endpoint")
        if refresh_token and url:
            await self.refresh_token(url, refresh_token=refresh_token)  # Noncompliant
        else:
            raise InvalidTokenError()

    async def request(self, method, url, withhold_token=False):
        if not withhold_token:
            if self.token.is_expired():
                await self.ensure_active_token()
        await asyncio.sleep(0.01)  # the API call itself
        return method, url, self.token["access_token"]


async def main():
    client = AsyncOAuth2Client(
        {"access_token": "old", "refresh_token": "rt", "expires_at": 0},
        "https://auth.example.com/oauth/token",
    )
    await asyncio.gather(*[client.request("GET", "/api/items/%d" % i) for i in range(10)])
    print("refreshes:", client.refresh_calls)


if __name__ == "__main__":
    asyncio.run(main())
