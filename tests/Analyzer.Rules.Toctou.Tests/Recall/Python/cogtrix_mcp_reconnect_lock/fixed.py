# https://github.com/NorthlandPositronics/Cogtrix/pull/443 (closes issue #427)
# Fixed: a per-server asyncio.Lock serializes pop + connect + store, so only one reconnect runs per server.
import asyncio


class ServerLink:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def connect(self):
        await asyncio.sleep(0.05)
        self.open = True

    async def close(self):
        self.open = False


class ToolServerManager:
    def __init__(self, names):
        self._links = {n: ServerLink(n) for n in names}
        self._reconnect_locks = {}

    def _lock_for(self, server_name):
        return self._reconnect_locks.setdefault(server_name, asyncio.Lock())

    async def _reconnect(self, server_name):
        async with self._lock_for(server_name):
            old = self._links.pop(server_name, None)
            if old is not None:
                await old.close()
            link = ServerLink(server_name)
            await link.connect()
            self._links[server_name] = link
            return link

    async def ping(self, server_name):
        await self._reconnect(server_name)

    async def invoke_tool(self, server_name, tool):
        try:
            raise ConnectionError(tool)
        except ConnectionError:
            await self._reconnect(server_name)


async def run_both():
    mgr = ToolServerManager(["search"])
    await asyncio.gather(mgr.ping("search"), mgr.invoke_tool("search", "lookup"))


if __name__ == "__main__":
    asyncio.run(run_both())
