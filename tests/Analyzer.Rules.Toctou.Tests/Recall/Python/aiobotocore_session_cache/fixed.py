# https://github.com/aio-libs/aiobotocore/pull/1696
# Fixed version: the dict lookup and the fill (including the awaits that build the
# connector) are serialized by an asyncio.Lock, so only one ClientSession/connector is
# ever created per proxy URL even though connector creation awaits a worker thread.
import asyncio
import contextlib
import ssl


class FakeClientSession:
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


class FakeTCPConnector:
    """Stand-in for aiohttp.TCPConnector (one pool of `limit` sockets)."""

    def __init__(self, limit, ssl_context):
        self.limit = limit
        self.ssl = ssl_context


class LockedAIOHTTPSession:
    def __init__(self, max_pool_connections=10, timeout=None, proxies=None):
        self._max_pool_connections = max_pool_connections
        self._timeout = timeout
        self._proxies = proxies or {}
        self._sessions = {}
        self._session_lock = asyncio.Lock()
        self._exit_stack = contextlib.AsyncExitStack()

    async def __aenter__(self):
        await self._exit_stack.__aenter__()
        return self

    async def __aexit__(self, *exc):
        self._sessions.clear()
        await self._exit_stack.aclose()

    def _make_ssl_context(self, proxy_url):
        return ssl.create_default_context()

    async def _new_connector(self, proxy_url):
        ctx = await asyncio.to_thread(self._make_ssl_context, proxy_url)
        return FakeTCPConnector(limit=self._max_pool_connections, ssl_context=ctx)

    async def _session_for(self, proxy_url):
        async with self._session_lock:
            session = self._sessions.get(proxy_url)
            if session is None:
                connector = await self._new_connector(proxy_url)
                session = await self._exit_stack.enter_async_context(
                    FakeClientSession(connector=connector, timeout=self._timeout))
                self._sessions[proxy_url] = session
            return session

    async def send_request(self, method, url):
        proxy_url = self._proxies.get(url.split(":", 1)[0])
        session = await self._session_for(proxy_url)
        return await session.request(method, url, proxy=proxy_url)


async def run_demo():
    async with LockedAIOHTTPSession() as http:
        await asyncio.gather(*(http.send_request("GET", "https://bucket.s3.amazonaws.com/k%d" % i)
                               for i in range(8)))


if __name__ == "__main__":
    asyncio.run(run_demo())
