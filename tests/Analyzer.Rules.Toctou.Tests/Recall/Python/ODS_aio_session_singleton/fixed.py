# https://github.com/Osmantic/ODS/issues/1588
# Fixed version (commit 3705bca1 via #1642): the fast path returns a live session without locking; the
# slow path takes a lazily created asyncio.Lock and re-checks before creating the single session.
import asyncio
from typing import Optional


class HttpSession:
    def __init__(self) -> None:
        self.closed = False

    async def get(self, url: str) -> int:
        await asyncio.sleep(0.01)
        return 200


async def _open_session(timeout: float) -> HttpSession:
    await asyncio.sleep(0)
    return HttpSession()


_shared_session: Optional[HttpSession] = None
_session_lock: Optional[asyncio.Lock] = None


def _session_guard() -> asyncio.Lock:
    global _session_lock
    if _session_lock is None:
        _session_lock = asyncio.Lock()
    return _session_lock


async def get_shared_session() -> HttpSession:
    global _shared_session
    current = _shared_session
    if current is not None and not current.closed:
        return current
    async with _session_guard():
        if _shared_session is None or _shared_session.closed:
            _shared_session = await _open_session(timeout=5.0)
        return _shared_session


async def probe(url: str) -> int:
    session = await get_shared_session()
    return await session.get(url)


async def run_probes() -> None:
    urls = ["http://llm:8080/health", "http://rag:8081/health", "http://tts:8082/health"]
    print(await asyncio.gather(*(probe(u) for u in urls)))


if __name__ == "__main__":
    asyncio.run(run_probes())
