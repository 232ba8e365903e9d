# https://github.com/langflow-ai/langflow/pull/12761
# Fixed version: the entry is removed with sessions.pop(session_id, None) before any await,
# so only the caller that wins the pop tears the session down; get_session also runs
# under a per-server asyncio.Lock created under a module-level guard.
import asyncio
import logging

_log = logging.getLogger(__name__)


class LockedMCPSessionManager:
    def __init__(self):
        self.sessions_by_server = {}
        self._background_tasks = set()
        self._server_locks = {}
        self._server_locks_guard = asyncio.Lock()

    async def _lock_for(self, server_key):
        async with self._server_locks_guard:
            lock = self._server_locks.get(server_key)
            if lock is None:
                lock = asyncio.Lock()
                self._server_locks[server_key] = lock
            return lock

    async def get_session(self, server_key, connection_params):
        lock = await self._lock_for(server_key)
        async with lock:
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
        server_data = self.sessions_by_server.get(server_key)
        if server_data is None:
            return
        sessions = server_data["sessions"]

        session_info = sessions.pop(session_id, None)
        if session_info is None:
            return

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
                    _log.info("Session %s cancelled", session_id)
        except Exception:  # noqa: BLE001
            _log.warning("Error cleaning up session %s", session_id)
