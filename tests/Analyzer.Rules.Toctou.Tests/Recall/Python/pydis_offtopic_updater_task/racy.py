# https://github.com/python-discord/bot/pull/355
# OffTopicNames.on_ready checked `self.updater_task is None` and then awaited the task returned by
# loop.create_task before storing it. The updater loops forever, so the await never returned, the field
# stayed None, and every later on_ready (discord.py fires it again after each reconnect) started one
# more updater that renamed the channels again. The fix stores the task without awaiting it, so no
# suspension point separates the check from the assignment.
import asyncio
from typing import Dict, List, Optional


class Bot:
    """Stand-in for discord.ext.commands.Bot (the library calls a cog's on_ready on every READY event)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.cogs: List[object] = []

    def add_cog(self, cog: object) -> None:
        self.cogs.append(cog)


async def update_names(bot: Bot, headers: Dict[str, str]) -> None:
    """Background task that renames the off-topic channels once a day, forever."""
    while True:
        await asyncio.sleep(86400)


class OffTopicNames:
    """Commands related to managing the off-topic category channel names."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self.headers = {"X-API-KEY": "site-api-key"}
        self.updater_task: Optional["asyncio.Task[None]"] = None

    def __cleanup(self) -> None:
        if self.updater_task is not None:
            self.updater_task.cancel()

    async def on_ready(self) -> None:
        if self.updater_task is None:
            coro = update_names(self.bot, self.headers)
            self.updater_task = await self.bot.loop.create_task(coro)  # Noncompliant


def setup(bot: Bot) -> None:
    bot.add_cog(OffTopicNames(bot))
