# https://github.com/NickCharlie/astrbot_plugin_self_learning/pull/205
# Fixed: the SELECT -> INSERT/UPDATE is retried when the INSERT loses the race with
# sqlite3.IntegrityError, so the retry's SELECT sees the committed row and takes the UPDATE path.
import asyncio
import json
import sqlite3
import time

import aiosqlite

TABLE_DDL = (
    "CREATE TABLE IF NOT EXISTS jargon (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id TEXT, "
    "content TEXT, raw_content TEXT, count INTEGER, updated_at INTEGER, UNIQUE(chat_id, content))"
)
MAX_ATTEMPTS = 2


class SlangStore:
    def __init__(self, path):
        self.path = path

    async def prepare(self):
        async with aiosqlite.connect(self.path) as conn:
            await conn.execute(TABLE_DDL)
            await conn.commit()

    async def upsert_term(self, chat_id, term, payload):
        for attempt in range(MAX_ATTEMPTS):
            now_ts = int(time.time())
            async with aiosqlite.connect(self.path) as conn:
                cur = await conn.execute(
                    "SELECT id FROM jargon WHERE chat_id = ? AND content = ?", (chat_id, term)
                )
                found = await cur.fetchone()
                if found:
                    await conn.execute(
                        "UPDATE jargon SET raw_content = ?, count = ?, updated_at = ? WHERE id = ?",
                        (payload["raw_content"], payload.get("count", 1), now_ts, found[0]),
                    )
                    await conn.commit()
                    return found[0]
                try:
                    cur = await conn.execute(
                        "INSERT INTO jargon (chat_id, content, raw_content, count, updated_at) VALUES (?, ?, ?, ?, ?)",
                        (chat_id, term, payload["raw_content"], payload.get("count", 1), now_ts),
                    )
                    await conn.commit()
                    return cur.lastrowid
                except sqlite3.IntegrityError:
                    await conn.rollback()
                    if attempt == MAX_ATTEMPTS - 1:
                        raise
        return None


async def learn_batch(path):
    store = SlangStore(path)
    await store.prepare()
    payload = {"raw_content": json.dumps(["yyds"]), "count": 1}
    await asyncio.gather(*(store.upsert_term("group-1", "yyds", payload) for _ in range(4)))


if __name__ == "__main__":
    asyncio.run(learn_batch("jargon.db"))
