import asyncio
from typing import Dict, Optional


class SlotBook:
    def __init__(self) -> None:
        self._slots: Dict[str, int] = {}

    async def read_slot(self, key: str) -> Optional[int]:
        await asyncio.sleep(0)
        return self._slots.get(key)

    async def write_slot(self, key: str, value: int) -> None:
        await asyncio.sleep(0)
        self._slots[key] = value


# The book is handed to the constructor with its type named, so the field holds a SlotBook: a look at one key's slot
# and a write of it, with an await between, let another task take the same slot.
class VisitLimiter:
    def __init__(self, book: SlotBook, limit: int) -> None:
        self.book = book
        self.limit = limit

    async def take_visit(self, client: str) -> bool:
        used = await self.book.read_slot(client)  # Secondary [check]
        if used is not None and used >= self.limit:
            return False
        await self.book.write_slot(client, (used or 0) + 1)  # Noncompliant [TOCTOU001] {{self.book's entry for client is checked at line 26 and changed at line 29 by self.book.write_slot(client, (used or 0) + 1), with no lock held at either point, while `await self.book.write_slot(client, (used or 0) + 1)` at line 29 lets other tasks run in between}}
        return True


# The same with the look and the write under one asyncio lock: one task at a time.
class GuardedVisitLimiter:
    def __init__(self, book: SlotBook, limit: int) -> None:
        self.book = book
        self.limit = limit
        self._lock = asyncio.Lock()

    async def take_visit(self, client: str) -> bool:
        async with self._lock:
            used = await self.book.read_slot(client)
            if used is not None and used >= self.limit:
                return False
            await self.book.write_slot(client, (used or 0) + 1)
            return True


async def visit_burst() -> None:
    book = SlotBook()
    limiter = VisitLimiter(book, 1)
    guarded = GuardedVisitLimiter(book, 1)
    await asyncio.gather(limiter.take_visit("a"), limiter.take_visit("a"), guarded.take_visit("b"), guarded.take_visit("b"))
