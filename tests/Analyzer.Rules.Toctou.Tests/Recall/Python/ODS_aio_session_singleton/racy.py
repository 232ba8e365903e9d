# https://github.com/Osmantic/ODS/issues/1588
# dashboard-api helpers lazily created a shared aiohttp ClientSession: _get_aio_session() checked
# "is None or closed" and then created a session. Concurrent health-check coroutines at startup could
# all pass the check (session creation yields to the loop) and each create one, orphaning open sessions.
# Fixed by #1642: an asyncio.Lock with a re-check inside it (double-checked creation).
import asyncio
from typing import Optional


class ClientSession:
    """Stub for aiohttp.ClientSession."""

    def __init__(self) -> None:
        self.closed = False

    async def get(self, url: str) -> int:
        await asyncio.sleep(0.01)
        return 200

    async def close(self) -> None:
        self.closed = True


async def _build_session(timeout: float) -> ClientSession:
    await asyncio.sleep(0)  # connector / resolver setup
    return ClientSession()


_aio_session: Optional[ClientSession] = None


async def _get_aio_session() -> ClientSession:
    global _aio_session
    if _aio_session is None or _aio_session.closed:
        _aio_session = await _build_session(timeout=5.0)  # Noncompliant
    return _aio_session


async def check_service_health(url: str) -> int:
    session = await _get_aio_session()
    return await session.get(url)


async def main() -> None:
    urls = ["http://llm:8080/health", "http://rag:8081/health", "http://tts:8082/health"]
    print(await asyncio.gather(*(check_service_health(u) for u in urls)))


if __name__ == "__main__":
    asyncio.run(main())
