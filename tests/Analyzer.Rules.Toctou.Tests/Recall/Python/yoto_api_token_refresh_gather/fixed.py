# https://github.com/cdnninja/yoto_api/pull/224
# Fixed: an asyncio.Lock is held from the expiry check until the refreshed token has been
# stored, so concurrent callers wait and then see the new token instead of refreshing again.
import asyncio
import datetime
from dataclasses import dataclass
from typing import Dict, Optional


@dataclass
class AccessGrant:
    refresh_token: str
    access_token: Optional[str] = None
    valid_until: Optional[datetime.datetime] = None


class TokenEndpoint:
    def __init__(self):
        self.exchange_calls = 0

    async def exchange(self, grant):
        self.exchange_calls += 1
        await asyncio.sleep(0.01)  # HTTP round-trip to the token endpoint
        return AccessGrant(
            refresh_token=grant.refresh_token + "'",
            access_token=f"access-{self.exchange_calls}",
            valid_until=datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=24),
        )


class PlayerAccount:
    def __init__(self):
        self._endpoint = TokenEndpoint()
        self._grant_lock = asyncio.Lock()
        self.grant: Optional[AccessGrant] = None
        self.devices: Dict[str, dict] = {}

    def load_refresh_token(self, refresh_token):
        self.grant = AccessGrant(refresh_token=refresh_token)

    async def ensure_fresh_grant(self):
        async with self._grant_lock:
            if self.grant is None:
                raise RuntimeError("authenticate first")
            now = datetime.datetime.now(datetime.timezone.utc)
            if (
                self.grant.access_token is None
                or self.grant.valid_until is None
                or self.grant.valid_until - datetime.timedelta(hours=1) <= now
            ):
                self.grant = await self._endpoint.exchange(self.grant)
            return self.grant

    async def refresh_device(self, device_id):
        grant = await self.ensure_fresh_grant()
        self.devices[device_id] = {"token_used": grant.access_token}

    async def refresh_all_devices(self):
        await asyncio.gather(*(self.refresh_device(d) for d in list(self.devices)))


async def demo():
    account = PlayerAccount()
    account.load_refresh_token("r0")
    account.devices = {"p1": {}, "p2": {}, "p3": {}}
    await account.refresh_all_devices()
    print("refreshes:", account._endpoint.exchange_calls)


if __name__ == "__main__":
    asyncio.run(demo())
