# https://github.com/agno-agi/agno/pull/6821
# get_session_for_run checks `run_id in self._run_sessions`, then awaits transport/session
# setup before storing; parallel tool calls of one run (asyncio.gather) all miss, each opens
# a session and the last write orphans the others, hanging their calls (issue #6094).
# Fix: asyncio.Lock with a re-check of the dict inside it before creating the session.
from datetime import timedelta

from mcp import ClientSession
from mcp.client.streamable_http import streamablehttp_client


class MCPTools:
    def __init__(self, url, header_provider=None, timeout_seconds=10):
        self.url = url
        self.header_provider = header_provider
        self.timeout_seconds = timeout_seconds
        self.session = None
        # run_id -> (session, transport context, session context)
        self._run_sessions = {}

    async def get_session_for_run(self, run_context=None, agent=None, team=None):
        if self.header_provider is None or run_context is None:
            return self.session

        run_id = run_context.run_id
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
        self._run_sessions[run_id] = (session, context, session_context)  # Noncompliant
        return session

    async def call_tool(self, name, arguments, run_context=None, agent=None):
        session = await self.get_session_for_run(run_context=run_context, agent=agent)
        return await session.call_tool(name, arguments)

    async def cleanup_run_session(self, run_id):
        entry = self._run_sessions.pop(run_id, None)
        if entry is None:
            return
        session, context, session_context = entry
        await session_context.__aexit__(None, None, None)
        await context.__aexit__(None, None, None)
