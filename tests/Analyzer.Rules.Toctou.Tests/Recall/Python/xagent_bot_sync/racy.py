# https://github.com/xorbitsai/xagent/pull/1066
# TelegramChannelManager._sync_bots_async is scheduled as a background task by every
# channel CRUD endpoint, so two syncs can overlap. Each reads self.bots, then awaits while
# starting bots; the second sync resumes on a stale view and starts a duplicate bot for
# the same token. Fix: serialize the whole sync with an asyncio.Lock (as Slack already did).
import asyncio


class TelegramBot:
    def __init__(self, token):
        self.token = token

    async def start(self):
        await asyncio.sleep(0.1)  # connect + begin long polling

    async def stop(self):
        await asyncio.sleep(0.05)


class TelegramChannelManager:
    def __init__(self, load_active_channels):
        self._load_active_channels = load_active_channels
        self.bots = {}
        self._bot_stop_tasks = {}

    async def _start_bot_for_token(self, token):
        bot = TelegramBot(token)
        await bot.start()
        self.bots[token] = bot

    async def _stop_bot_for_token(self, token):
        bot = self.bots.pop(token, None)
        if bot is not None:
            await bot.stop()

    async def _sync_bots_async(self):
        active_tokens = set(await self._load_active_channels())
        current_tokens = set(self.bots.keys())
        for token in current_tokens - active_tokens:
            await self._stop_bot_for_token(token)
        for token in active_tokens - current_tokens:
            await self._start_bot_for_token(token)  # Noncompliant

    def trigger_telegram_sync(self):
        # called from the channel create/update/delete endpoints
        return asyncio.ensure_future(self._sync_bots_async())
