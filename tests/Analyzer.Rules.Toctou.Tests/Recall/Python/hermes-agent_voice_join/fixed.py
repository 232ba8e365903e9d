# https://github.com/NousResearch/hermes-agent/pull/12558
# Fixed version (slimmed down in #12644): a per-guild asyncio.Lock from self._voice_locks.setdefault()
# covers the existing-client look-up, the awaited connect() and the store into self._voice_clients, so
# the second task finds the client the first one stored.
import asyncio


class AlreadyConnectedError(Exception):
    pass


class GuildState:
    def __init__(self, guild_id):
        self.id = guild_id
        self.voice_client = None


class VoiceConnection:
    def __init__(self, channel):
        self.channel = channel

    def is_connected(self):
        return True

    async def move_to(self, channel):
        await asyncio.sleep(0.01)
        self.channel = channel


class GuildVoiceChannel:
    def __init__(self, channel_id, guild):
        self.id = channel_id
        self.guild = guild

    async def connect(self):
        if self.guild.voice_client is not None:
            raise AlreadyConnectedError("Already connected to a voice channel.")
        self.guild.voice_client = VoiceConnection(self)
        await asyncio.sleep(0.05)  # voice gateway handshake
        return self.guild.voice_client


class LockingDiscordAdapter:
    def __init__(self):
        self._voice_clients = {}
        self._voice_locks = {}
        self._voice_timeouts = {}

    def _reset_voice_timeout(self, guild_id):
        self._voice_timeouts[guild_id] = asyncio.get_running_loop().time() + 300

    async def join_voice(self, channel):
        guild_id = channel.guild.id
        async with self._voice_locks.setdefault(guild_id, asyncio.Lock()):
            existing = self._voice_clients.get(guild_id)
            if existing and existing.is_connected():
                if existing.channel.id == channel.id:
                    self._reset_voice_timeout(guild_id)
                    return True
                await existing.move_to(channel)
                self._reset_voice_timeout(guild_id)
                return True

            vc = await channel.connect()
            self._voice_clients[guild_id] = vc
            self._reset_voice_timeout(guild_id)
            return True


async def run_two_joins():
    adapter = LockingDiscordAdapter()
    guild = GuildState(42)
    channel = GuildVoiceChannel(7, guild)
    results = await asyncio.gather(adapter.join_voice(channel), adapter.join_voice(channel),
                                   return_exceptions=True)
    print(results)


if __name__ == "__main__":
    asyncio.run(run_two_joins())
