# https://github.com/mcdonc/klangk/issues/1298
# AgentManager.get_session looks up _agents[workspace_id] and, when no live session
# is found, builds a new AgentSession and stores it. stop_session (workspace teardown)
# pops and stops the entry. The two coroutines are not serialized, so get_session can
# install a fresh session for a container that stop_session just tore down (leaked pi
# subprocess). Fix (PR #1310): an asyncio.Lock held across both get_session and stop_session.
import asyncio


class AgentSession:
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


class AgentManager:
    def __init__(self):
        self._agents: dict[str, AgentSession] = {}

    async def get_session(self, workspace_id: str, container_id: str) -> AgentSession:
        session = self._agents.get(workspace_id)
        if session is not None and session.container_id != container_id:
            # container was restarted: retire the old process first
            await session.stop()
            session = None
        if session is None:
            session = AgentSession(workspace_id, container_id)
            self._agents[workspace_id] = session  # Noncompliant
            await session.start()
        return session

    async def stop_session(self, workspace_id: str) -> None:
        session = self._agents.pop(workspace_id, None)
        if session is not None:
            await session.stop()


async def handle_prompt(mgr: AgentManager, workspace_id: str, container_id: str) -> None:
    session = await mgr.get_session(workspace_id, container_id)
    print("using agent", session.container_id)


async def main():
    mgr = AgentManager()
    await asyncio.gather(
        handle_prompt(mgr, "ws1", "c2"),
        mgr.stop_session("ws1"),
    )
