# https://github.com/aio-libs/aiobotocore/issues/1695
# _get_session() misses in self._sessions, awaits _create_connector() (to_thread) and then
# stores a new ClientSession; tasks that miss meanwhile each build their own connector and
# session, the last store wins and the rest leak (pool limit multiplied). Fixed in PR #1696
# by filling the cache under an asyncio.Lock that also covers the lookup.
import asyncio
import contextlib
import ssl


class ClientSession:
    """Stand-in for aiohttp.ClientSession."""

    def __init__(self, connector, timeout=None):
        self.connector = connector
        self.timeout = timeout
        self.closed = False

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.closed = True

    async def request(self, method, url, proxy=None):
        await asyncio.sleep(0)
        return method, url, proxy


class TCPConnector:
    """Stand-in for aiohttp.TCPConnector (one pool of `limit` sockets)."""

    def __init__(self, limit, ssl_context):
        self.limit = limit
        self.ssl = ssl_context


class AIOHTTPSession:
    def __init__(self, max_pool_connections=10, timeout=None, proxies=None):
        self._max_pool_connections = max_pool_connections
        self._timeout = timeout
        self._proxies = proxies or {}
        self._sessions = {}
        self._exit_stack = contextlib.AsyncExitStack()

    async def __aenter__(self):
        await self._exit_stack.__aenter__()
        return self

    async def __aexit__(self, *exc):
        self._sessions.clear()
        await self._exit_stack.aclose()

    def _build_ssl_context(self, proxy_url):
        # blocking CA-bundle file I/O, hence the to_thread below
        return ssl.create_default_context()

    async def _create_connector(self, proxy_url):
        ctx = await asyncio.to_thread(self._build_ssl_context, proxy_url)
        return TCPConnector(limit=self._max_pool_connections, ssl_context=ctx)

    async def _get_session(self, proxy_url):
        session = self._sessions.get(proxy_url)
        if session is None:
            connector = await self._create_connector(proxy_url)
            session = await self._exit_stack.enter_async_context(
                ClientSession(connector=connector, timeout=self._timeout))
            self._sessions[proxy_url] = session  # Noncompliant
        return session

    async def send(self, method, url):
        proxy_url = self._proxies.get(url.split(":", 1)[0])
        session = await self._get_session(proxy_url)
        return await session.request(method, url, proxy=proxy_url)


async def main():
    async with AIOHTTPSession() as http:
        await asyncio.gather(*(http.send("GET", "https://bucket.s3.amazonaws.com/k%d" % i)
                               for i in range(8)))


if __name__ == "__main__":
    asyncio.run(main())
