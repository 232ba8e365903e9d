import asyncio


async def load_settings():
    await asyncio.sleep(0)
    return {}


class Settings:
    """Used by many asyncio tasks: each await lets another task run."""

    def __init__(self):
        self._settings = None
        self._lock = asyncio.Lock()

    async def get(self):
        if self._settings is None:  # Secondary [check]
            data = await load_settings()
            self._settings = data  # Noncompliant [TOCTOU001] {{self._settings is checked at line 17 and changed at line 19 by self._settings, with no lock held at either point, while `await load_settings()` at line 18 lets other tasks run in between; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return self._settings

    async def get_locked(self):
        async with self._lock:
            if self._settings is None:
                self._settings = await load_settings()
        return self._settings

    async def reset_if_empty(self):
        if not self._settings:
            self._settings = {}
        await asyncio.sleep(0)


# A generator-based coroutine (Tornado's gen.coroutine, Twisted's inlineCallbacks) lets other tasks run at each yield;
# a plain generator only hands a value to its consumer.
from tornado import gen


def fetch_profile(name):
    return gen.sleep(0)


class Profiles:
    def __init__(self):
        self._profiles = {}

    @gen.coroutine
    def get(self, name):
        if name not in self._profiles:  # Secondary [check]
            profile = yield fetch_profile(name)
            self._profiles[name] = profile  # Noncompliant [TOCTOU001] {{self._profiles is checked at line 49 and changed at line 51 by self._profiles[name], with no lock held at either point, while `yield fetch_profile(name)` at line 50 lets other tasks run in between}}
        raise gen.Return(self._profiles[name])

    def missing(self, names):
        for name in names:
            if name not in self._profiles:
                yield name
                self._profiles[name] = None


class Resolver:
    """The value an assignment stores is made before the store: an await in it lets other tasks run in between."""

    def __init__(self):
        self._addresses = {}
        self._lock = asyncio.Lock()

    async def resolve(self, host):
        if host not in self._addresses:  # Secondary [check]
            self._addresses[host] = await self._lookup(host)  # Noncompliant {{self._addresses is checked at line 69 and changed at line 70 by self._addresses[host], with no lock held at either point, while `await self._lookup(host)` at line 70 lets other tasks run in between; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return self._addresses[host]

    async def resolve_locked(self, host):
        async with self._lock:
            if host not in self._addresses:
                self._addresses[host] = await self._lookup(host)
        return self._addresses[host]

    async def _lookup(self, host):
        await asyncio.sleep(0)
        return host


# Stream's close awaits between its test and its call through the writer, and clears the writer after: another close
# running at the await clears it first, and this one calls close() on None.
class Stream:
    def __init__(self, writer):
        self._writer = writer

    async def close(self):
        if self._writer is not None:  # Secondary [check]
            await asyncio.sleep(0)
            self._writer.close()  # Noncompliant [TOCTOU001] {{self._writer is checked at line 91 and used at line 93 by self._writer.close(), which reads it again, while another run of Stream.close empties it at line 94, with no lock held at either point, while `await asyncio.sleep(0)` at line 92 lets other tasks run in between}}
            self._writer = None  # Secondary [act]


# Connector claims the flag in the same step as its test (no await between them): another task that comes in at the
# await finds it claimed. The later reset gives back what this task claimed.
class Connector:
    def __init__(self):
        self._connecting = False
        self._conn = None

    async def connect(self):
        if not self._connecting:
            self._connecting = True
            self._conn = await load_settings()
            self._connecting = False


# LateConnector claims the flag only after the await: two tasks can both pass the test.
class LateConnector:
    def __init__(self):
        self._connecting = False
        self._conn = None

    async def connect(self):
        if not self._connecting:  # Secondary [check]
            self._conn = await load_settings()
            self._connecting = True  # Noncompliant [TOCTOU001] {{self._connecting is checked at line 118 and changed at line 120 by self._connecting, with no lock held at either point, while `await load_settings()` at line 119 lets other tasks run in between}}
