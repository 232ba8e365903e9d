# https://github.com/home-assistant/core/pull/21619 (issue https://github.com/home-assistant/core/issues/21569)
# The notify MFA module loaded its user settings lazily: each coroutine that found _user_settings None awaited the
# store load and then assigned the settings, so two concurrent setups both loaded and the later assignment replaced
# settings the other had already changed. The fix serializes the load with an asyncio.Lock and checks again under it.


class NotifySetting:
    def __init__(self, notify_service=None, target=None):
        self.notify_service = notify_service
        self.target = target


class NotifyAuthModule:
    def __init__(self, hass, config, user_store):
        self.hass = hass
        self.config = config
        self._user_store = user_store
        self._user_settings = None

    async def _async_load(self):
        data = await self._user_store.async_load()
        if data is None:
            data = {"users": {}}
        self._user_settings = {
            user_id: NotifySetting(**setting) for user_id, setting in data.get("users", {}).items()
        }

    async def async_setup_user(self, user_id, setup_data):
        if self._user_settings is None:
            await self._async_load()  # Noncompliant [TOCTOU001]
        self._user_settings[user_id] = NotifySetting(
            notify_service=setup_data.get("notify_service"), target=setup_data.get("target")
        )
        await self._user_store.async_save({"users": {k: vars(v) for k, v in self._user_settings.items()}})
