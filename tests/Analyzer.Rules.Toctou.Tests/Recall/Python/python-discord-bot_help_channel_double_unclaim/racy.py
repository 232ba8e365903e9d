# https://github.com/python-discord/bot/issues/1341 (fix: https://github.com/python-discord/bot/pull/1346)
# The !close command checks that the help channel is in the In Use category and then awaits several
# Discord/Redis calls before moving the channel to Dormant and pushing it on the queue of channels to
# make available. The scheduled idle task can run move_to_dormant for the same channel during those
# awaits, so the channel is made dormant twice and queued twice ("double-declaim").
# Fix: unclaiming is serialised per channel with an asyncio lock (lock_arg on unclaim_channel); a second
# unclaim of a channel that is being unclaimed is dropped.
import asyncio


class HelpChannels:
    def __init__(self):
        self.in_use = {"help-apple", "help-banana"}
        self.dormant = set()
        self.claimants = {"help-apple": 42, "help-banana": 7}
        self.channel_queue = asyncio.Queue()

    async def close_check(self, channel, author_id):
        await asyncio.sleep(0)  # redis lookup of the claimant
        return self.claimants.get(channel) == author_id

    async def move_to_dormant(self, channel):
        await asyncio.sleep(0.01)  # Discord API: move channel to the Dormant category
        self.in_use.discard(channel)
        self.dormant.add(channel)
        self.channel_queue.put_nowait(channel)

    async def close_command(self, channel, author_id):
        if channel in self.in_use:
            if await self.close_check(channel, author_id):
                self.claimants.pop(channel, None)
                await self.move_to_dormant(channel)  # Noncompliant

    async def move_idle_channel(self, channel):
        await asyncio.sleep(0)  # computes the closing time from cached message times
        self.claimants.pop(channel, None)
        await self.move_to_dormant(channel)


async def main():
    cog = HelpChannels()
    await asyncio.gather(cog.close_command("help-apple", 42), cog.move_idle_channel("help-apple"))
    print(cog.channel_queue.qsize())


if __name__ == "__main__":
    asyncio.run(main())
