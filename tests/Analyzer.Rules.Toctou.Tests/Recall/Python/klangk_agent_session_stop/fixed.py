# https://github.com/mcdonc/klangk/issues/1298
# Fixed as in PR https://github.com/mcdonc/klangk/pull/1310: an asyncio.Lock
# (_agents_lock) serializes get_session and stop_session, so the lookup, the
# retire-old/create-new step and the teardown can no longer interleave.
import asyncio


class PiAgentSession:
    def __init__(self, workspace_id: str, container_id: str):
        self.workspace_id = workspace_id
        self.container_id = container_id
        self.proc = None

    async def start(self) -> None:
        self.proc = await asyncio.create_subprocess_exec(
            "podman", "exec", "-i", self.container_id, "pi", "--mode", "rpc",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )

    async def stop(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            self.proc.terminate()
            await self.proc.wait()


class LockedAgentManager:
    def __init__(self):
        self._agents: dict[str, PiAgentSession] = {}
        self._agents_lock = asyncio.Lock()

    async def get_session(self, workspace_id: str, container_id: str) -> PiAgentSession:
        async with self._agents_lock:
            session = self._agents.get(workspace_id)
            if session is not None and session.container_id != container_id:
                await session.stop()
                session = None
            if session is None:
                session = PiAgentSession(workspace_id, container_id)
                self._agents[workspace_id] = session
                await session.start()
            return session

    async def stop_session(self, workspace_id: str) -> None:
        async with self._agents_lock:
            session = self._agents.pop(workspace_id, None)
            if session is not None:
                await session.stop()


async def handle_prompt_locked(mgr: LockedAgentManager, workspace_id: str, container_id: str) -> None:
    session = await mgr.get_session(workspace_id, container_id)
    print("using agent", session.container_id)


async def main_locked():
    mgr = LockedAgentManager()
    await asyncio.gather(
        handle_prompt_locked(mgr, "ws1", "c2"),
        mgr.stop_session("ws1"),
    )
