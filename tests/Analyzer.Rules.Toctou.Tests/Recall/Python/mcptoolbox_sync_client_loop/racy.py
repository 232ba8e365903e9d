# https://github.com/googleapis/mcp-toolbox-sdk-python/pull/468
# ToolboxSyncClient lazily creates one class-wide background loop+thread in __init__
# ("if cls.__loop is None"); clients built from several threads at once each start a loop
# and overwrite the class attributes, so sessions get bound to a different loop
# (RuntimeError, issue #428). Fix: a class-level threading.Lock around check and init.
import asyncio
from concurrent.futures import ThreadPoolExecutor
from threading import Thread


class ToolboxClient:
    """Stand-in for the async client; it remembers the loop it was created on."""

    def __init__(self, url):
        self.url = url
        self.loop = asyncio.get_running_loop()

    async def load_tool(self, name):
        if asyncio.get_running_loop() is not self.loop:
            raise RuntimeError("session is bound to a different event loop")
        return name


class ToolboxSyncClient:
    __loop = None
    __thread = None

    def __init__(self, url):
        if self.__class__.__loop is None:
            loop = asyncio.new_event_loop()
            thread = Thread(target=loop.run_forever, daemon=True)
            thread.start()
            self.__class__.__thread = thread
            self.__class__.__loop = loop  # Noncompliant

        async def create_client():
            return ToolboxClient(url)

        self.__async_client = asyncio.run_coroutine_threadsafe(
            create_client(), self.__class__.__loop).result()

    def load_tool(self, name):
        coro = self.__async_client.load_tool(name)
        return asyncio.run_coroutine_threadsafe(coro, self.__class__.__loop).result()


def handle_request(i):
    # e.g. one agent/web worker thread per request building its own client
    client = ToolboxSyncClient("http://127.0.0.1:5000")
    return client.load_tool("search_%d" % i)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(handle_request, i) for i in range(16)]
        print([f.exception() or f.result() for f in futures][:4])
