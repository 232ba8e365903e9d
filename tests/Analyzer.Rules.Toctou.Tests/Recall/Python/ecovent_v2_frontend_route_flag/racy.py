# https://github.com/gody01/ecovent_v2/issues/61 (fixed by https://github.com/gody01/ecovent_v2/pull/62)
# With two fan config entries, Home Assistant runs both async_setup_entry coroutines concurrently.
# async_register_frontend() tested a "registered" flag in hass.data, then awaited the static-path
# registration, and only set the flag after the await; the second entry saw the flag unset and
# registered the same GET route again -> "RuntimeError: ... method GET is already registered".
# The fix serialises the registration with an asyncio.Lock and re-checks the flag under it.
import asyncio
from pathlib import Path

DOMAIN = "ecovent_v2"
FRONTEND_URL_BASE = f"/api/{DOMAIN}/frontend"
DIALOG_JS = "ecovent-schedule-dialog.js"
REGISTERED_KEY = f"{DOMAIN}_frontend_registered"


class HttpComponent:
    def __init__(self):
        self.routes = {}

    async def async_register_static_paths(self, configs):
        await asyncio.sleep(0)  # building the static resource yields to the loop
        for url_path, file_path in configs:
            if url_path in self.routes:
                raise RuntimeError("Added route will never be executed, method GET is already registered")
            self.routes[url_path] = file_path


class HomeAssistant:
    def __init__(self):
        self.data = {}
        self.http = HttpComponent()
        self.extra_js = []


async def async_register_frontend(hass: HomeAssistant) -> None:
    if hass.data.get(REGISTERED_KEY):
        return
    frontend_dir = Path(__file__).parent / "frontend"
    await hass.http.async_register_static_paths(  # Noncompliant
        [(f"{FRONTEND_URL_BASE}/{DIALOG_JS}", str(frontend_dir / DIALOG_JS))]
    )
    hass.extra_js.append(f"{FRONTEND_URL_BASE}/{DIALOG_JS}")
    hass.data[REGISTERED_KEY] = True


async def async_setup_entry(hass: HomeAssistant, entry_name: str) -> bool:
    await async_register_frontend(hass)
    return True


async def start_home_assistant() -> None:
    hass = HomeAssistant()
    # Home Assistant sets up every config entry of the integration concurrently at startup.
    await asyncio.gather(
        async_setup_entry(hass, "Kitchen fan"),
        async_setup_entry(hass, "Bedroom fan"),
    )


if __name__ == "__main__":
    asyncio.run(start_home_assistant())
