# https://github.com/14790897/MiqroForge-Desktop/pull/59
# Fixed version: "async with self._lock" wraps the lookup, the runtime start and
# the registration, so concurrent callers for one session_id share one runtime.
import asyncio
import time
from pathlib import Path
from typing import Any


class AgentRuntime:
    def __init__(self, session_id: str, workspace: Path):
        self.session_id = session_id
        self.workspace = workspace

    @classmethod
    def build(cls, *, config: Any, provider: Any, session_id: str, workspace: Path):
        return cls(session_id, workspace)

    async def start(self) -> None:
        await asyncio.sleep(0)

    async def stop(self) -> None:
        await asyncio.sleep(0)


class LockedSessionRegistry:
    def __init__(self) -> None:
        self._client_sessions: dict[str, set[str]] = {}
        self._sessions: dict[str, AgentRuntime] = {}
        self._last_activity: dict[str, float] = {}
        self._lock = asyncio.Lock()

    async def open_session(self, *, client_id: str, session_key: str, config: Any,
                           provider: Any, workspace: Path) -> AgentRuntime:
        session_id = f"{client_id}:{session_key}"
        async with self._lock:
            existing = self._sessions.get(session_id)
            if existing is not None:
                self._client_sessions.setdefault(client_id, set()).add(session_id)
                self._last_activity[session_id] = time.time()
                return existing

            runtime = AgentRuntime.build(config=config, provider=provider,
                                         session_id=session_id, workspace=workspace)
            await runtime.start()
            self._sessions[session_id] = runtime
            self._client_sessions.setdefault(client_id, set()).add(session_id)
            self._last_activity[session_id] = time.time()
            return runtime

    async def close_session(self, session_id: str) -> None:
        async with self._lock:
            session = self._sessions.pop(session_id, None)
            self._last_activity.pop(session_id, None)
        if session is not None:
            await session.stop()
