# https://github.com/tortoise/tortoise-orm/issues/1655 (fixed by https://github.com/tortoise/tortoise-orm/pull/1656)
# ConnectionWrapper.__aenter__ ran ensure_connection (if no connection yet, create one) before taking the
# client's asyncio.Lock, so two concurrent `async with` blocks could both decide to connect, and the second
# could pick up a connection object the first task had assigned but not finished opening. The fix acquires
# the lock first and only then ensures the connection.
import asyncio
import logging
from typing import Any, List, Optional


class SqliteConnection:
    """Stand-in for aiosqlite.Connection: assigned first, usable only after _connect() finished."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.opened = False

    async def _connect(self) -> None:
        await asyncio.sleep(0)
        self.opened = True

    async def execute_fetchall(self, query: str) -> List[dict]:
        if not self.opened:
            raise RuntimeError("connection is not open")
        return [{"query": query}]


class ConnectionWrapper:
    __slots__ = ("connection", "lock", "client")

    def __init__(self, lock: asyncio.Lock, client: Any) -> None:
        """Wraps the connections with a lock to facilitate safe concurrent access."""
        self.lock: asyncio.Lock = lock
        self.client = client
        self.connection: Any = client._connection

    async def ensure_connection(self) -> None:
        if not self.connection:
            await self.client.create_connection(with_db=True)
            self.connection = self.client._connection  # Noncompliant

    async def __aenter__(self):
        await self.ensure_connection()
        await self.lock.acquire()
        return self.connection

    async def __aexit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        self.lock.release()


class SqliteClient:
    def __init__(self, file_path: str) -> None:
        self.filename = file_path
        self.log = logging.getLogger("db_client")
        self._connection: Optional[SqliteConnection] = None
        self._lock = asyncio.Lock()

    async def create_connection(self, with_db: bool) -> None:
        if not self._connection:
            self._connection = SqliteConnection(self.filename)
            await self._connection._connect()
            self.log.debug("Created connection %s with params: filename=%s", self._connection, self.filename)

    def acquire_connection(self) -> ConnectionWrapper:
        return ConnectionWrapper(self._lock, self)

    async def execute_query(self, query: str) -> List[dict]:
        async with self.acquire_connection() as connection:
            self.log.debug(query)
            return await connection.execute_fetchall(query)
