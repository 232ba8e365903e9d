# https://github.com/14790897/MiqroForge-Desktop/pull/59
# ClientSessionRegistry.create_session looked up session_id in _sessions and, if
# absent, built a RuntimeSession, awaited runtime.start() and only then stored it.
# Two concurrent requests for the same session_id both miss, both start a runtime,
# and the first one is leaked. Fix (closes #17): hold the registry's asyncio.Lock
# across the whole check-create-register sequence.
import asyncio
import time
from pathlib import Path
from typing import Any


class RuntimeSession:
    def __init__(self, session_id: str, workspace: Path):
        self.session_id = session_id
        self.workspace = workspace

    @classmethod
    def create(cls, *, config: Any, provider: Any, session_id: str, workspace: Path):
        return cls(session_id, workspace)

    async def start(self) -> None:
        await asyncio.sleep(0)

    async def stop(self) -> None:
        await asyncio.sleep(0)


class ClientSessionRegistry:
    def __init__(self) -> None:
        self._client_sessions: dict[str, set[str]] = {}
        self._sessions: dict[str, RuntimeSession] = {}
        self._last_activity: dict[str, float] = {}
        self._lock = asyncio.Lock()

    async def create_session(self, *, client_id: str, session_key: str, config: Any,
                             provider: Any, workspace: Path) -> RuntimeSession:
        session_id = f"{client_id}:{session_key}"
        existing = self._sessions.get(session_id)
        if existing is not None:
            self._client_sessions.setdefault(client_id, set()).add(session_id)
            self._last_activity[session_id] = time.time()
            return existing

        runtime = RuntimeSession.create(config=config, provider=provider,
                                        session_id=session_id, workspace=workspace)
        await runtime.start()
        self._sessions[session_id] = runtime  # Noncompliant
        self._client_sessions.setdefault(client_id, set()).add(session_id)
        self._last_activity[session_id] = time.time()
        return runtime

    async def stop_session(self, session_id: str) -> None:
        async with self._lock:
            session = self._sessions.pop(session_id, None)
            self._last_activity.pop(session_id, None)
        if session is not None:
            await session.stop()
