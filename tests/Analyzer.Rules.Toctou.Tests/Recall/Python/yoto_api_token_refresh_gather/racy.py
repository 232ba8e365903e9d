# https://github.com/cdnninja/yoto_api/pull/224
# YotoClient.check_and_refresh_token() checks whether the cached access token is missing
# or about to expire and, if so, awaits a refresh and stores the new token. Every API
# call goes through it, and update_all_player_info() runs update_player_info() for all
# players concurrently with asyncio.gather, so several coroutines see the same stale
# token, all refresh with the same refresh token, and the later refreshes use a token
# the IdP has already rotated/invalidated. Fix: an asyncio lock held from the expiry
# check until the new token is stored.
import asyncio
import datetime
from dataclasses import dataclass
from typing import Dict, Optional


@dataclass
class Token:
    refresh_token: str
    access_token: Optional[str] = None
    valid_until: Optional[datetime.datetime] = None


class Auth:
    def __init__(self):
        self.refresh_calls = 0

    async def refresh(self, token):
        self.refresh_calls += 1
        await asyncio.sleep(0.01)  # HTTP round-trip to the token endpoint
        return Token(
            refresh_token=token.refresh_token + "'",
            access_token=f"access-{self.refresh_calls}",
            valid_until=datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=24),
        )


class YotoClient:
    def __init__(self):
        self._auth = Auth()
        self.token: Optional[Token] = None
        self.players: Dict[str, dict] = {}

    def set_refresh_token(self, refresh_token):
        self.token = Token(refresh_token=refresh_token)

    async def check_and_refresh_token(self):
        if self.token is None:
            raise RuntimeError("authenticate first")
        now = datetime.datetime.now(datetime.timezone.utc)
        if (
            self.token.access_token is None
            or self.token.valid_until is None
            or self.token.valid_until - datetime.timedelta(hours=1) <= now
        ):
            self.token = await self._auth.refresh(self.token)  # Noncompliant  # Noncompliant
        return self.token

    async def update_player_info(self, device_id):
        token = await self.check_and_refresh_token()
        self.players[device_id] = {"token_used": token.access_token}

    async def update_all_player_info(self):
        await asyncio.gather(*(self.update_player_info(d) for d in list(self.players)))


async def main():
    client = YotoClient()
    client.set_refresh_token("r0")
    client.players = {"p1": {}, "p2": {}, "p3": {}}
    await client.update_all_player_info()
    print("refreshes:", client._auth.refresh_calls)


if __name__ == "__main__":
    asyncio.run(main())
