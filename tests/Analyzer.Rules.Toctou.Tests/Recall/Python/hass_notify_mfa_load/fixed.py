# https://github.com/home-assistant/core/pull/21619 (issue https://github.com/home-assistant/core/issues/21569)
# Fixed version: the load runs under an asyncio.Lock and returns early when another coroutine already loaded.
import asyncio


class LockedNotifyAuthModule:
    def __init__(self, hass, config, user_store):
        self.hass = hass
        self.config = config
        self._user_store = user_store
        self._user_settings = None
        self._init_lock = asyncio.Lock()

    async def _async_load(self):
        async with self._init_lock:
            if self._user_settings is not None:
                return
            data = await self._user_store.async_load()
            if data is None:
                data = {"users": {}}
            self._user_settings = {
                user_id: NotifySetting(**setting) for user_id, setting in data.get("users", {}).items()
            }

    async def async_setup_user(self, user_id, setup_data):
        if self._user_settings is None:
            await self._async_load()
        self._user_settings[user_id] = NotifySetting(
            notify_service=setup_data.get("notify_service"), target=setup_data.get("target")
        )
        await self._user_store.async_save({"users": {k: vars(v) for k, v in self._user_settings.items()}})


class NotifySetting:
    def __init__(self, notify_service=None, target=None):
        self.notify_service = notify_service
        self.target = target
