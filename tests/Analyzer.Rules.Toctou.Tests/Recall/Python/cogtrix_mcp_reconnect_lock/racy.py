# https://github.com/NorthlandPositronics/Cogtrix/pull/443 (closes issue #427)
# The MCP manager reconnected a server from two places: the heartbeat task and the
# call_tool error handler. Both popped the old entry from _connections, awaited a
# new connect() and then stored the result. At the await inside connect() the
# other path could pop too (getting None), connect on its own and store its own
# connection, so one live connection was overwritten and its transport/socket
# leaked. Fix: a per-server asyncio.Lock held across pop + connect + store.
import asyncio


class MCPConnection:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def connect(self):
        await asyncio.sleep(0.05)
        self.open = True

    async def close(self):
        self.open = False


class MCPManager:
    def __init__(self, names):
        self._connections = {n: MCPConnection(n) for n in names}

    async def _reconnect_server_async(self, server_name):
        old = self._connections.pop(server_name, None)
        if old is not None:
            await old.close()
        conn = MCPConnection(server_name)
        await conn.connect()
        self._connections[server_name] = conn  # Noncompliant
        return conn

    async def heartbeat(self, server_name):
        await self._reconnect_server_async(server_name)

    async def call_tool(self, server_name, tool):
        try:
            raise ConnectionError(tool)
        except ConnectionError:
            await self._reconnect_server_async(server_name)


async def main():
    mgr = MCPManager(["search"])
    await asyncio.gather(mgr.heartbeat("search"), mgr.call_tool("search", "lookup"))


if __name__ == "__main__":
    asyncio.run(main())
