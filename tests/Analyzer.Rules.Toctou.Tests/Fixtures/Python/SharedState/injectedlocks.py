# A connection handed its lock by the pool that made it: `async with self.lock` keeps two tasks from both making the
# connection across the await. A connection that takes no lock can make it twice.


class PooledConnection:
    def __init__(self, client, lock):
        self.client = client
        self.lock = lock
        self.connection = None

    async def ensure_pooled(self):
        async with self.lock:
            if self.connection is None:
                await self.client.connect()
                self.connection = self.client.current
        return self.connection


class UnlockedConnection:
    def __init__(self, client):
        self.client = client
        self.connection = None

    async def ensure_unlocked(self):
        if self.connection is None:  # Secondary [check]
            await self.client.connect()
            self.connection = self.client.current  # Noncompliant [TOCTOU001] {{self.connection is checked at line 25 and changed at line 27 by self.connection, with no lock held at either point, while `await self.client.connect()` at line 26 lets other tasks run in between}}
        return self.connection
