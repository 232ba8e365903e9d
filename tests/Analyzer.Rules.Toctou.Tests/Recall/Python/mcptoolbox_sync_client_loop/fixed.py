# https://github.com/googleapis/mcp-toolbox-sdk-python/pull/468
# Fixed version: a class-level threading.Lock is held while checking whether the shared
# background loop exists and while creating/starting it, so exactly one loop thread is
# created no matter how many threads construct clients at the same time.
import asyncio
from concurrent.futures import ThreadPoolExecutor
from threading import Lock, Thread


class AsyncToolClient:
    """Stand-in for the async client; it remembers the loop it was created on."""

    def __init__(self, url):
        self.url = url
        self.loop = asyncio.get_running_loop()

    async def fetch_tool(self, name):
        if asyncio.get_running_loop() is not self.loop:
            raise RuntimeError("session is bound to a different event loop")
        return name


class LockedSyncToolClient:
    __loop = None
    __thread = None
    __init_lock = Lock()

    def __init__(self, url):
        with self.__class__.__init_lock:
            if self.__class__.__loop is None:
                loop = asyncio.new_event_loop()
                thread = Thread(target=loop.run_forever, daemon=True)
                thread.start()
                self.__class__.__thread = thread
                self.__class__.__loop = loop

        async def build_client():
            return AsyncToolClient(url)

        self.__async_client = asyncio.run_coroutine_threadsafe(
            build_client(), self.__class__.__loop).result()

    def fetch_tool(self, name):
        coro = self.__async_client.fetch_tool(name)
        return asyncio.run_coroutine_threadsafe(coro, self.__class__.__loop).result()


def serve_request(i):
    client = LockedSyncToolClient("http://127.0.0.1:5000")
    return client.fetch_tool("search_%d" % i)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as executor:
        results = [executor.submit(serve_request, i) for i in range(16)]
        print([r.exception() or r.result() for r in results][:4])
