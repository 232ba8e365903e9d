# https://github.com/python-discord/bot/pull/355
# Fixed shape: on_ready stores the task returned by loop.create_task without awaiting it, so the
# `updater_task is None` check and the assignment happen with no suspension point in between.
import asyncio
from typing import Dict, List, Optional


class DiscordBot:
    """Stand-in for discord.ext.commands.Bot (the library calls a cog's on_ready on every READY event)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.cogs: List[object] = []

    def add_cog(self, cog: object) -> None:
        self.cogs.append(cog)


async def rotate_channel_names(bot: DiscordBot, headers: Dict[str, str]) -> None:
    """Background task that renames the off-topic channels once a day, forever."""
    while True:
        await asyncio.sleep(86400)


class OffTopicNamesCog:
    """Commands related to managing the off-topic category channel names."""

    def __init__(self, bot: DiscordBot) -> None:
        self.bot = bot
        self.headers = {"X-API-KEY": "site-api-key"}
        self.updater_task: Optional["asyncio.Task[None]"] = None

    def __cleanup(self) -> None:
        if self.updater_task is not None:
            self.updater_task.cancel()

    async def on_ready(self) -> None:
        if self.updater_task is None:
            coro = rotate_channel_names(self.bot, self.headers)
            self.updater_task = self.bot.loop.create_task(coro)


def setup_cog(bot: DiscordBot) -> None:
    bot.add_cog(OffTopicNamesCog(bot))
