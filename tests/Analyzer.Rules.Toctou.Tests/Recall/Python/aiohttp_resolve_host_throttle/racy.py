# https://github.com/aio-libs/aiohttp/issues/4013 (fixed by https://github.com/aio-libs/aiohttp/pull/4014)
# TCPConnector._resolve_host tested `key in self._throttle_dns_events` and only stored its own throttle
# event after awaiting the trace callbacks, so a second task resolving the same host could slip in and
# overwrite (or pop) the event the first task had installed. The fix stores the new event, and reads
# an existing one, before the first await.
import asyncio
from typing import Dict, List, Optional, Tuple

HostKey = Tuple[str, int]


class EventResultOrError:
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


class Trace:
    async def send_dns_cache_hit(self, host: str) -> None:
        await asyncio.sleep(0)

    async def send_dns_cache_miss(self, host: str) -> None:
        await asyncio.sleep(0)


class Resolver:
    async def resolve(self, host: str, port: int, family: int = 0) -> List[dict]:
        await asyncio.sleep(0.01)
        return [{"hostname": host, "host": "127.0.0.1", "port": port, "family": family}]


class TCPConnector:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._family = 0
        self._resolver = Resolver()
        self._cached_hosts: Dict[HostKey, List[dict]] = {}
        self._throttle_dns_events: Dict[HostKey, EventResultOrError] = {}

    async def _resolve_host(self, host: str, port: int, traces: Optional[List[Trace]] = None) -> List[dict]:
        key = (host, port)
        if key in self._cached_hosts:
            if traces:
                for trace in traces:
                    await trace.send_dns_cache_hit(host)
            return list(self._cached_hosts[key])

        if key in self._throttle_dns_events:
            if traces:
                for trace in traces:
                    await trace.send_dns_cache_hit(host)
            await self._throttle_dns_events[key].wait()
        else:
            if traces:
                for trace in traces:
                    await trace.send_dns_cache_miss(host)
            self._throttle_dns_events[key] = EventResultOrError(self._loop)  # Noncompliant
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
