# https://github.com/NickCharlie/astrbot_plugin_self_learning/pull/205
# save_or_update_jargon() on SQLite SELECTed the (chat_id, content) row and, when none was found,
# INSERTed a new one. Message handlers for the same group run as concurrent asyncio tasks, so two
# tasks learning the same slang term both saw "no row" across the awaits and both inserted ->
# sqlite3.IntegrityError: UNIQUE constraint failed: jargon.chat_id, jargon.content.
# The fix retries on IntegrityError so the second SELECT finds the committed row and updates it.
import asyncio
import json
import time

import aiosqlite

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS jargon (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id TEXT, "
    "content TEXT, raw_content TEXT, count INTEGER, updated_at INTEGER, UNIQUE(chat_id, content))"
)


class JargonFacade:
    def __init__(self, db_path):
        self.db_path = db_path

    async def init(self):
        async with aiosqlite.connect(self.db_path) as db:
            await db.execute(SCHEMA)
            await db.commit()

    async def save_or_update_jargon(self, chat_id, content, jargon_data):
        now_ts = int(time.time())
        async with aiosqlite.connect(self.db_path) as db:
            cur = await db.execute(
                "SELECT id FROM jargon WHERE chat_id = ? AND content = ?", (chat_id, content)
            )
            row = await cur.fetchone()
            if row:
                await db.execute(  # Noncompliant
                    "UPDATE jargon SET raw_content = ?, count = ?, updated_at = ? WHERE id = ?",
                    (jargon_data["raw_content"], jargon_data.get("count", 1), now_ts, row[0]),
                )
                await db.commit()
                return row[0]
            cur = await db.execute(
                "INSERT INTO jargon (chat_id, content, raw_content, count, updated_at) VALUES (?, ?, ?, ?, ?)",
                (chat_id, content, jargon_data["raw_content"], jargon_data.get("count", 1), now_ts),
            )
            await db.commit()
            return cur.lastrowid


async def on_group_messages(db_path):
    facade = JargonFacade(db_path)
    await facade.init()
    data = {"raw_content": json.dumps(["yyds"]), "count": 1}
    # the learner processes several messages of one group concurrently
    await asyncio.gather(*(facade.save_or_update_jargon("group-1", "yyds", data) for _ in range(4)))


if __name__ == "__main__":
    asyncio.run(on_group_messages("jargon.db"))
