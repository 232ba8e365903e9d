# https://github.com/gody01/ecovent_v2/issues/61 (fixed by https://github.com/gody01/ecovent_v2/pull/62)
# Fixed: an asyncio.Lock is held across the flag check, the awaited route registration and the flag
# update, so concurrent config entries register the static route exactly once.
import asyncio
from pathlib import Path

INTEGRATION = "ecovent_v2"
PANEL_URL_BASE = f"/api/{INTEGRATION}/frontend"
PANEL_JS = "ecovent-schedule-dialog.js"
DONE_KEY = f"{INTEGRATION}_frontend_registered"
LOCK_KEY = f"{INTEGRATION}_frontend_lock"


class WebServer:
    def __init__(self):
        self.routes = {}

    async def add_static_routes(self, configs):
        await asyncio.sleep(0)
        for url_path, file_path in configs:
            if url_path in self.routes:
                raise RuntimeError("Added route will never be executed, method GET is already registered")
            self.routes[url_path] = file_path


class Core:
    def __init__(self):
        self.data = {}
        self.http = WebServer()
        self.extra_js = []


async def register_panel_once(core: Core) -> None:
    lock = core.data.setdefault(LOCK_KEY, asyncio.Lock())
    async with lock:
        if core.data.get(DONE_KEY):
            return
        panel_dir = Path(__file__).parent / "frontend"
        await core.http.add_static_routes(
            [(f"{PANEL_URL_BASE}/{PANEL_JS}", str(panel_dir / PANEL_JS))]
        )
        core.extra_js.append(f"{PANEL_URL_BASE}/{PANEL_JS}")
        core.data[DONE_KEY] = True


async def setup_fan_entry(core: Core, entry_name: str) -> bool:
    await register_panel_once(core)
    return True


async def boot() -> None:
    core = Core()
    await asyncio.gather(setup_fan_entry(core, "Kitchen fan"), setup_fan_entry(core, "Bedroom fan"))


if __name__ == "__main__":
    asyncio.run(boot())
