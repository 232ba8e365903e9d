import asyncio


class ServerSessions:
    def __init__(self):
        self._by_server = {}
        self._lock = asyncio.Lock()

    # The sessions of one server are a dict the entry holds, not a copy: a cleanup that awaits between its test and its
    # removal lets another cleanup remove the session first.
    async def cleanup(self, server, session_id):
        sessions = self._by_server[server]["sessions"]
        if session_id not in sessions:
            return
        await sessions[session_id].aclose()
        del sessions[session_id]  # Noncompliant [TOCTOU001] {{self._by_server[server]["sessions"] is checked at line 13 and changed at line 16 by sessions[session_id], with no lock held at either point, while `await sessions[session_id].aclose()` at line 15 lets other tasks run in between}}

    # Popped first, the session is this cleanup's alone.
    async def cleanup_popped(self, server, session_id):
        sessions = self._by_server[server]["sessions"]
        session = sessions.pop(session_id, None)
        if session is None:
            return
        await session.aclose()

    # A walk down nested entries through one local.
    def depth(self, server, path):
        node = self._by_server[server]
        for part in path:
            if part not in node:
                return None
            node = node[part]
        return node
