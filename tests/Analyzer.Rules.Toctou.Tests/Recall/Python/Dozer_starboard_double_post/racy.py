# https://github.com/FRCDiscord/Dozer/pull/242
# Dozer's starboard cog handles every reaction event as its own asyncio task. When a
# message crosses the star threshold, send_to_starboard looks up the message in the
# starboard table and, if no row exists, posts an embed to the starboard channel and
# then stores the row. Two reactions arriving in quick succession both find no row
# (the lookup and the send are awaited, so the tasks interleave) and the message is
# posted twice. Fix: a per-message lock held across the whole starboard check.
import asyncio


class StarboardTable:
    """Stand-in for the asyncpg-backed StarboardMessage table."""

    def __init__(self):
        self.rows = {}

    async def get_by_message(self, message_id):
        await asyncio.sleep(0)
        row = self.rows.get(message_id)
        return [row] if row else []

    async def add(self, message_id, starboard_message_id):
        await asyncio.sleep(0)
        self.rows[message_id] = starboard_message_id


class StarboardChannel:
    def __init__(self):
        self.posted = []

    async def send(self, text):
        await asyncio.sleep(0.01)
        self.posted.append(text)
        return len(self.posted)


class Starboard:
    def __init__(self, table, channel, threshold):
        self.table = table
        self.channel = channel
        self.threshold = threshold

    async def send_to_starboard(self, message_id, reaction_count):
        db_msgs = await self.table.get_by_message(message_id)
        if len(db_msgs) == 0:
            sent_id = await self.channel.send(f"starred {message_id} ({reaction_count})")  # Noncompliant
            await self.table.add(message_id, sent_id)

    async def on_reaction_add(self, message_id, reaction_count):
        if reaction_count >= self.threshold:
            await self.send_to_starboard(message_id, reaction_count)


async def main():
    cog = Starboard(StarboardTable(), StarboardChannel(), threshold=2)
    await asyncio.gather(cog.on_reaction_add(42, 2), cog.on_reaction_add(42, 3))
    print(cog.channel.posted)


if __name__ == "__main__":
    asyncio.run(main())
