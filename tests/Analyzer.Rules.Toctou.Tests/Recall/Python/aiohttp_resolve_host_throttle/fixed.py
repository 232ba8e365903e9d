# https://github.com/aio-libs/aiohttp/issues/4013 (fixed by https://github.com/aio-libs/aiohttp/pull/4014)
# Fixed shape: the cached result, the existing throttle event or the new throttle event is taken or stored
# right after the membership test, before any trace callback is awaited.
import asyncio
from typing import Dict, List, Optional, Tuple

ResolveKey = Tuple[str, int]


class ResultOrErrorEvent:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._exc: Optional[BaseException] = None
        self._event = asyncio.Event()

    def set(self, exc: Optional[BaseException] = None) -> None:
        self._exc = exc
        self._event.set()

    async def wait(self) -> None:
        await self._event.wait()
        if self._exc is not None:
            raise self._exc


class DnsTrace:
    async def send_dns_cache_hit(self, host: str) -> None:
        await asyncio.sleep(0)

    async def send_dns_cache_miss(self, host: str) -> None:
        await asyncio.sleep(0)


class StubResolver:
    async def resolve(self, host: str, port: int, family: int = 0) -> List[dict]:
        await asyncio.sleep(0.01)
        return [{"hostname": host, "host": "127.0.0.1", "port": port, "family": family}]


class ThrottledTCPConnector:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._family = 0
        self._resolver = StubResolver()
        self._cached_hosts: Dict[ResolveKey, List[dict]] = {}
        self._throttle_dns_events: Dict[ResolveKey, ResultOrErrorEvent] = {}

    async def _resolve_host(self, host: str, port: int, traces: Optional[List[DnsTrace]] = None) -> List[dict]:
        key = (host, port)
        if key in self._cached_hosts:
            result = list(self._cached_hosts[key])
            if traces:
                for trace in traces:
                    await trace.send_dns_cache_hit(host)
            return result

        if key in self._throttle_dns_events:
            # get event early, before any await
            event = self._throttle_dns_events[key]
            if traces:
                for trace in traces:
                    await trace.send_dns_cache_hit(host)
            await event.wait()
        else:
            # update dict early, before any await
            self._throttle_dns_events[key] = ResultOrErrorEvent(self._loop)
            if traces:
                for trace in traces:
                    await trace.send_dns_cache_miss(host)
            try:
                addrs = await self._resolver.resolve(host, port, family=self._family)
                self._cached_hosts[key] = addrs
                self._throttle_dns_events[key].set()
            except BaseException as e:
                self._throttle_dns_events[key].set(exc=e)
                raise
            finally:
                self._throttle_dns_events.pop(key)

        return list(self._cached_hosts[key])
