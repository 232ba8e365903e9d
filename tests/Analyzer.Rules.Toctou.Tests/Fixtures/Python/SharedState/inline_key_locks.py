import asyncio


class VoiceRooms:
    def __init__(self):
        self._clients = {}

    # Two joins of one guild can both find no client, both connect and both store one.
    async def join(self, guild_id, channel):
        if self._clients.get(guild_id):  # Secondary [check]
            return False
        client = await channel.connect()
        self._clients[guild_id] = client  # Noncompliant [TOCTOU001] {{self._clients is checked at line 10 and changed at line 13 by self._clients[guild_id], with no lock held at either point, while `await channel.connect()` at line 12 lets other tasks run in between}}
        return True


class GuardedVoiceRooms:
    def __init__(self):
        self._clients = {}
        self._join_locks = {}

    # The guild's lock, taken from the table where it is made on first use, is held across the look, the connect and
    # the store.
    async def join_in_turn(self, guild_id, channel):
        async with self._join_locks.setdefault(guild_id, asyncio.Lock()):
            if self._clients.get(guild_id):
                return False
            client = await channel.connect()
            self._clients[guild_id] = client
            return True
