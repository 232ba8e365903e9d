# https://github.com/agno-agi/agno/pull/6821
# Fixed version: a fast path reads the dict without the lock; creation runs under an
# asyncio.Lock and re-checks `run_id in self._run_sessions` after acquiring it, so
# parallel tool calls of the same run share one MCP session.
import asyncio
from datetime import timedelta

from mcp import ClientSession
from mcp.client.streamable_http import streamablehttp_client


class LockedMCPTools:
    def __init__(self, url, header_provider=None, timeout_seconds=10):
        self.url = url
        self.header_provider = header_provider
        self.timeout_seconds = timeout_seconds
        self.session = None
        self._run_sessions = {}
        self._run_session_lock = asyncio.Lock()

    async def get_session_for_run(self, run_context=None, agent=None, team=None):
        if self.header_provider is None or run_context is None:
            return self.session

        run_id = run_context.run_id
        if run_id in self._run_sessions:
            return self._run_sessions[run_id][0]

        async with self._run_session_lock:
            if run_id in self._run_sessions:
                return self._run_sessions[run_id][0]

            headers = self.header_provider(run_context=run_context, agent=agent, team=team)
            context = streamablehttp_client(url=self.url, headers=headers)
            read, write = (await context.__aenter__())[0:2]
            session_context = ClientSession(
                read, write, read_timeout_seconds=timedelta(seconds=self.timeout_seconds)
            )
            session = await session_context.__aenter__()
            await session.initialize()
            self._run_sessions[run_id] = (session, context, session_context)
            return session

    async def call_tool(self, name, arguments, run_context=None, agent=None):
        session = await self.get_session_for_run(run_context=run_context, agent=agent)
        return await session.call_tool(name, arguments)

    async def cleanup_run_session(self, run_id):
        async with self._run_session_lock:
            entry = self._run_sessions.pop(run_id, None)
        if entry is None:
            return
        session, context, session_context = entry
        await session_context.__aexit__(None, None, None)
        await context.__aexit__(None, None, None)
