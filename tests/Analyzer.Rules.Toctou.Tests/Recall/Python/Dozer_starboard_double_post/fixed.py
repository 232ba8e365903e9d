# https://github.com/FRCDiscord/Dozer/pull/242
# Fixed: the starboard check for a message runs under a per-message lock (the PR keeps a
# set of locked messages that later events wait on), so the lookup, the post and the
# row insert for one message are never interleaved.
import asyncio


class StarredTable:
    """Stand-in for the asyncpg-backed StarboardMessage table."""

    def __init__(self):
        self.rows = {}

    async def find_message(self, message_id):
        await asyncio.sleep(0)
        row = self.rows.get(message_id)
        return [row] if row else []

    async def insert(self, message_id, starboard_message_id):
        await asyncio.sleep(0)
        self.rows[message_id] = starboard_message_id


class HallOfFameChannel:
    def __init__(self):
        self.posted = []

    async def post(self, text):
        await asyncio.sleep(0.01)
        self.posted.append(text)
        return len(self.posted)


class HallOfFame:
    def __init__(self, table, channel, threshold):
        self.table = table
        self.channel = channel
        self.threshold = threshold
        self.message_locks = {}

    def lock_for(self, message_id):
        return self.message_locks.setdefault(message_id, asyncio.Lock())

    async def post_if_new(self, message_id, reaction_count):
        db_msgs = await self.table.find_message(message_id)
        if len(db_msgs) == 0:
            sent_id = await self.channel.post(f"starred {message_id} ({reaction_count})")
            await self.table.insert(message_id, sent_id)

    async def handle_reaction(self, message_id, reaction_count):
        async with self.lock_for(message_id):
            if reaction_count >= self.threshold:
                await self.post_if_new(message_id, reaction_count)


async def run_demo():
    cog = HallOfFame(StarredTable(), HallOfFameChannel(), threshold=2)
    await asyncio.gather(cog.handle_reaction(42, 2), cog.handle_reaction(42, 3))
    print(cog.channel.posted)


if __name__ == "__main__":
    asyncio.run(run_demo())
