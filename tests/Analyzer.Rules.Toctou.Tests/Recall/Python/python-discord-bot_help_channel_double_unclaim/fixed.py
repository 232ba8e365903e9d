# https://github.com/python-discord/bot/pull/1346
# Fixed: every unclaim of a channel goes through one per-channel asyncio.Lock; if the lock is already
# held the second unclaim is skipped, so the check and the move to Dormant cannot interleave.
import asyncio


class HelpChannelManager:
    def __init__(self):
        self.occupied = {"help-apple", "help-banana"}
        self.dormant_channels = set()
        self.channel_claimants = {"help-apple": 42, "help-banana": 7}
        self.available_queue = asyncio.Queue()
        self._unclaim_locks = {}

    async def may_close(self, channel, author_id):
        await asyncio.sleep(0)  # redis lookup of the claimant
        return self.channel_claimants.get(channel) == author_id

    async def make_dormant(self, channel):
        await asyncio.sleep(0.01)  # Discord API: move channel to the Dormant category
        self.occupied.discard(channel)
        self.dormant_channels.add(channel)
        self.available_queue.put_nowait(channel)

    async def unclaim(self, channel):
        lock = self._unclaim_locks.setdefault(channel, asyncio.Lock())
        if lock.locked():
            return  # already being unclaimed by someone else
        async with lock:
            if channel not in self.occupied:
                return
            self.channel_claimants.pop(channel, None)
            await self.make_dormant(channel)

    async def close(self, channel, author_id):
        if channel in self.occupied and await self.may_close(channel, author_id):
            await self.unclaim(channel)

    async def idle_timeout(self, channel):
        await asyncio.sleep(0)  # computes the closing time from cached message times
        await self.unclaim(channel)


async def run_cog():
    manager = HelpChannelManager()
    await asyncio.gather(manager.close("help-apple", 42), manager.idle_timeout("help-apple"))
    print(manager.available_queue.qsize())


if __name__ == "__main__":
    asyncio.run(run_cog())
