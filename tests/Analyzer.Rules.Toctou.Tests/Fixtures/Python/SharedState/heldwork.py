import asyncio
import threading


class Discovery:
    """Fills its tables from the network; it has no lock of its own."""

    def __init__(self, seeds):
        self.seeds = seeds
        self.slots = {}
        self.reachable = False

    async def refresh(self):
        self.reachable = False
        table = {}
        for seed in self.seeds:
            table[seed] = await fetch_slots(seed)
            self.reachable = True
        self.slots = table


class ClusterPool:
    def __init__(self, seeds):
        self.ready = False
        self.discovery = Discovery(seeds)

    async def prepare(self):
        if not self.ready:  # Secondary [check]
            await self.discovery.refresh()  # Noncompliant [TOCTOU001] {{self.ready is checked at line 28 and decides self.discovery.refresh() at line 29, which the function marks done in it only at line 30, so two callers that run it at once can both pass the test and both act, with no lock held at either point, while `await self.discovery.refresh()` at line 29 lets other tasks run in between}}
            self.ready = True  # Secondary [act]

    async def execute(self, *args):
        await self.prepare()
        return args


class LockedClusterPool:
    def __init__(self, seeds):
        self.ready = False
        self.discovery = Discovery(seeds)
        self.preparing = asyncio.Lock()

    async def prepare(self):
        async with self.preparing:
            if not self.ready:
                await self.discovery.refresh()
                self.ready = True


class PooledClient:
    def __init__(self, dsn):
        self.dsn = dsn
        self._pool = None

    async def open_pool(self):
        self._pool = await create_pool(self.dsn)


class PoolGate:
    """Tests the client's pool directly and has the client's method make it."""

    def __init__(self, client: PooledClient):
        self.client = client

    async def ensure_pool(self):
        if self.client._pool is None:  # Secondary [check]
            await self.client.open_pool()  # Noncompliant [TOCTOU001] {{self.client._pool is checked at line 66 and changed at line 67 by self.client.open_pool(), with no lock held at either point, while `await self.client.open_pool()` at line 67 lets other tasks run in between}}


class SourcedSettings:
    def __init__(self, source):
        self.source = source
        self.values = None

    def load(self):
        self.values = self.source.read()


class SettingsMiddleware:
    """Serves each request on a thread of its own; the first ones load the settings."""

    def __init__(self, source):
        self.settings = SourcedSettings(source)
        self.loaded = False
        self.loading = threading.Lock()

    def handle_with_settings(self, request):
        if not self.loaded:  # Secondary [check]
            try:
                self.settings.load()  # Noncompliant [TOCTOU001] {{self.loaded is checked at line 88 and decides self.settings.load() at line 90, which the function marks done in it only at line 93, so two callers that run it at once can both pass the test and both act, with no lock held at either point, while handle_with_settings is started in parallel at line 116, in a loop}}
            except OSError:
                return None
            self.loaded = True  # Secondary [act]
        return request

    def handle_with_settings_locked(self, request):
        with self.loading:
            if not self.loaded:
                self.settings.load()
                self.loaded = True
        return request


async def create_pool(dsn):
    await asyncio.sleep(0)
    return [dsn]


async def fetch_slots(seed):
    await asyncio.sleep(0)
    return [seed]


def serve_settings(middleware, requests):
    for request in requests:
        threading.Thread(target=middleware.handle_with_settings, args=(request,)).start()
