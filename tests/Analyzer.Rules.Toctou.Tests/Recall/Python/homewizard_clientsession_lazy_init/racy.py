# https://github.com/homewizard/python-homewizard-energy/pull/488
# _request() tested `self._clientsession is None`, then awaited _get_clientsession() (SSL context
# built in an executor) before assigning. Requests run together via asyncio.gather all see None,
# each creates a ClientSession and all but the last leak. Fix: an asyncio.Lock held across the
# None check and the awaited creation.
import asyncio
import ssl
from http import HTTPStatus
from typing import Any

from aiohttp.client import ClientSession, ClientTimeout, TCPConnector
from aiohttp.hdrs import METH_GET, METH_PUT

CACERT = "-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----\n"


class HomeWizardEnergyV2:
    """Communicate with a HomeWizard Energy device (v2 API)."""

    _clientsession: ClientSession | None = None
    _request_timeout: int = 10

    def __init__(self, host: str, identifier: str | None = None, token: str | None = None):
        self._host = host
        self._identifier = identifier
        self._token = token

    async def _get_clientsession(self) -> ClientSession:
        def _build_ssl_context() -> ssl.SSLContext:
            context = ssl.create_default_context(cadata=CACERT)
            context.check_hostname = self._identifier is not None
            return context

        loop = asyncio.get_running_loop()
        context = await loop.run_in_executor(None, _build_ssl_context)
        connector = TCPConnector(enable_cleanup_closed=True, ssl=context, limit_per_host=1)
        return ClientSession(
            connector=connector, timeout=ClientTimeout(total=self._request_timeout)
        )

    async def _request(
        self, path: str, method: str = METH_GET, data: object = None
    ) -> tuple[HTTPStatus, dict[str, Any] | None]:
        if self._clientsession is None:
            self._clientsession = await self._get_clientsession()  # Noncompliant

        headers = {"Content-Type": "application/json"}
        if self._token is not None:
            headers["Authorization"] = f"Bearer {self._token}"
        resp = await self._clientsession.request(
            method, f"https://{self._host}{path}", json=data, headers=headers,
            server_hostname=self._identifier,
        )
        if resp.status == HTTPStatus.NO_CONTENT:
            return (HTTPStatus.NO_CONTENT, None)
        return (HTTPStatus(resp.status), await resp.json())

    async def device(self) -> dict[str, Any] | None:
        return (await self._request("/api"))[1]

    async def measurement(self) -> dict[str, Any] | None:
        return (await self._request("/api/measurement"))[1]

    async def identify(self) -> None:
        await self._request("/api/system/identify", method=METH_PUT)

    async def close(self) -> None:
        if self._clientsession is not None:
            await self._clientsession.close()


async def first_refresh(host: str, token: str) -> None:
    api = HomeWizardEnergyV2(host, token=token)
    try:
        await asyncio.gather(api.device(), api.measurement(), api.device())
    finally:
        await api.close()
