# https://github.com/homewizard/python-homewizard-energy/pull/488
# Fixed shape: the lazily created ClientSession is guarded by an asyncio.Lock that is held
# across the None check and the awaited creation, so concurrent requests share one session.
import asyncio
import ssl
from http import HTTPStatus
from typing import Any

from aiohttp.client import ClientSession, ClientTimeout, TCPConnector
from aiohttp.hdrs import METH_GET, METH_PUT

CA_BUNDLE = "-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----\n"


class HomeWizardEnergyV2Client:
    """Communicate with a HomeWizard Energy device (v2 API)."""

    _clientsession: ClientSession | None = None
    _request_timeout: int = 10

    def __init__(self, host: str, identifier: str | None = None, token: str | None = None):
        self._host = host
        self._identifier = identifier
        self._token = token
        self._lock = asyncio.Lock()

    async def _build_clientsession(self) -> ClientSession:
        def _make_ssl_context() -> ssl.SSLContext:
            context = ssl.create_default_context(cadata=CA_BUNDLE)
            context.check_hostname = self._identifier is not None
            return context

        loop = asyncio.get_running_loop()
        context = await loop.run_in_executor(None, _make_ssl_context)
        connector = TCPConnector(enable_cleanup_closed=True, ssl=context, limit_per_host=1)
        return ClientSession(
            connector=connector, timeout=ClientTimeout(total=self._request_timeout)
        )

    async def _send(
        self, path: str, method: str = METH_GET, data: object = None
    ) -> tuple[HTTPStatus, dict[str, Any] | None]:
        async with self._lock:
            if self._clientsession is None:
                self._clientsession = await self._build_clientsession()

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

    async def get_device(self) -> dict[str, Any] | None:
        return (await self._send("/api"))[1]

    async def get_measurement(self) -> dict[str, Any] | None:
        return (await self._send("/api/measurement"))[1]

    async def blink(self) -> None:
        await self._send("/api/system/identify", method=METH_PUT)

    async def shutdown(self) -> None:
        async with self._lock:
            if self._clientsession is not None:
                await self._clientsession.close()


async def initial_refresh(host: str, token: str) -> None:
    api = HomeWizardEnergyV2Client(host, token=token)
    try:
        await asyncio.gather(api.get_device(), api.get_measurement(), api.get_device())
    finally:
        await api.shutdown()
