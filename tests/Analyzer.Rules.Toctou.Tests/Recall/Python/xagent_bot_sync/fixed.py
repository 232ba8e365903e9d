# https://github.com/xorbitsai/xagent/pull/1066
# Fixed: the read of self.bots and the starts/stops that depend on it run under one
# asyncio.Lock, so overlapping syncs are serialized and each bot is started once.
import asyncio


class LockedTelegramBot:
    def __init__(self, token):
        self.token = token

    async def start(self):
        await asyncio.sleep(0.1)

    async def stop(self):
        await asyncio.sleep(0.05)


class LockedTelegramChannelManager:
    def __init__(self, load_active_channels):
        self._load_active_channels = load_active_channels
        self.bots = {}
        self._bot_stop_tasks = {}
        self._sync_lock = asyncio.Lock()

    async def _start_bot(self, token):
        bot = LockedTelegramBot(token)
        await bot.start()
        self.bots[token] = bot

    async def _stop_bot(self, token):
        bot = self.bots.pop(token, None)
        if bot is not None:
            await bot.stop()

    async def _sync_bots_locked(self):
        async with self._sync_lock:
            active_tokens = set(await self._load_active_channels())
            current_tokens = set(self.bots.keys())
            for token in current_tokens - active_tokens:
                await self._stop_bot(token)
            for token in active_tokens - current_tokens:
                await self._start_bot(token)

    def trigger_sync(self):
        return asyncio.ensure_future(self._sync_bots_locked())
