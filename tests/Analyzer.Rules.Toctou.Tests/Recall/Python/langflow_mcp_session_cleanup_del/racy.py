# https://github.com/langflow-ai/langflow/pull/12761
# _cleanup_session_by_id tests `session_id not in sessions`, awaits aclose()/task cancel and
# finally does `del sessions[session_id]`; two flow runs on the same server both pass the
# test and the second del raises KeyError 'streamable_http_<hash>_0' (issue #9860).
# Fix: pop the entry up front (only the winner tears down) plus a per-server asyncio.Lock.
import asyncio
import logging

logger = logging.getLogger(__name__)


class MCPSessionManager:
    def __init__(self):
        # server_key -> {"sessions": {session_id: {"session", "task", ...}}, "last_cleanup": ts}
        self.sessions_by_server = {}
        self._background_tasks = set()

    async def get_session(self, server_key, connection_params):
        server_data = self.sessions_by_server.setdefault(server_key, {"sessions": {}})
        sessions = server_data["sessions"]
        for session_id, session_info in list(sessions.items()):
            task = session_info["task"]
            if task.done():
                await self._cleanup_session_by_id(server_key, session_id)
                continue
            return session_info["session"]
        return await self._create_session(server_key, connection_params)

    async def _create_session(self, server_key, connection_params):
        raise NotImplementedError

    async def _cleanup_session_by_id(self, server_key, session_id):
        if server_key not in self.sessions_by_server:
            return
        sessions = self.sessions_by_server[server_key]["sessions"]

        if session_id not in sessions:
            return

        session_info = sessions[session_id]
        try:
            session = session_info.get("session")
            if session is not None and hasattr(session, "aclose"):
                await session.aclose()
            task = session_info.get("task")
            if task is not None and not task.done():
                task.cancel()
                try:
                    await task
                except asyncio.CancelledError:
                    logger.info("Session %s cancelled", session_id)
        except Exception:  # noqa: BLE001
            logger.warning("Error cleaning up session %s", session_id)
        finally:
            del sessions[session_id]  # Noncompliant
