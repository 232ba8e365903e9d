# https://github.com/NousResearch/hermes-agent/pull/12558
# join_voice_channel() looked the guild up in self._voice_clients and, when absent, awaited
# channel.connect() before storing the client: two /voice tasks for one guild both saw None across the
# await and both connected; discord.py raises ClientException("Already connected") on the loser.
# Fix: a per-guild asyncio.Lock (self._voice_locks) held around the look-up, the connect and the store.
import asyncio


class ClientException(Exception):
    pass


class Guild:
    def __init__(self, guild_id):
        self.id = guild_id
        self.voice_client = None


class VoiceClient:
    def __init__(self, channel):
        self.channel = channel

    def is_connected(self):
        return True

    async def move_to(self, channel):
        await asyncio.sleep(0.01)
        self.channel = channel


class VoiceChannel:
    def __init__(self, channel_id, guild):
        self.id = channel_id
        self.guild = guild

    async def connect(self):
        if self.guild.voice_client is not None:
            raise ClientException("Already connected to a voice channel.")
        self.guild.voice_client = VoiceClient(self)
        await asyncio.sleep(0.05)  # voice gateway handshake
        return self.guild.voice_client


class DiscordAdapter:
    def __init__(self):
        self._voice_clients = {}
        self._voice_timeouts = {}

    def _reset_voice_timeout(self, guild_id):
        self._voice_timeouts[guild_id] = asyncio.get_running_loop().time() + 300

    async def join_voice_channel(self, channel):
        guild_id = channel.guild.id
        existing = self._voice_clients.get(guild_id)
        if existing and existing.is_connected():
            if existing.channel.id == channel.id:
                self._reset_voice_timeout(guild_id)
                return True
            await existing.move_to(channel)
            self._reset_voice_timeout(guild_id)
            return True

        vc = await channel.connect()
        self._voice_clients[guild_id] = vc  # Noncompliant
        self._reset_voice_timeout(guild_id)
        return True


async def main():
    adapter = DiscordAdapter()
    guild = Guild(42)
    channel = VoiceChannel(7, guild)
    # two users type "/voice join" at the same time; each interaction is handled in its own task
    results = await asyncio.gather(adapter.join_voice_channel(channel),
                                   adapter.join_voice_channel(channel),
                                   return_exceptions=True)
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
