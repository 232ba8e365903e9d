# https://github.com/adamf83/my-rail-commute/pull/147
# Fixed version: async_acquire and the reconnect loop share one asyncio.Lock, so the
# "is there a connection?" check and the login happen as one step; a generation counter lets a
# late-finishing, abandoned login disconnect itself instead of being adopted.
import asyncio

import stomp

FEED_HOST = "publicdatafeeds.networkrail.co.uk"
FEED_PORT = 61618


class SerializedNRODManager:
    def __init__(self, hass, username, password):
        self.hass = hass
        self._username = username
        self._password = password
        self._conn = None
        self._holders = 0
        self._connect_lock = asyncio.Lock()
        self._generation = 0

    def _login_blocking(self, generation):
        conn = stomp.Connection([(FEED_HOST, FEED_PORT)], heartbeats=(15000, 15000))
        conn.connect(self._username, self._password, wait=True)
        if generation != self._generation:
            conn.disconnect()
            return None
        return conn

    async def _connect_locked(self):
        self._generation += 1
        gen = self._generation
        try:
            self._conn = await asyncio.wait_for(
                self.hass.async_add_executor_job(self._login_blocking, gen), timeout=30
            )
        except asyncio.TimeoutError:
            self._generation += 1
            raise

    async def async_acquire(self):
        self._holders += 1
        async with self._connect_lock:
            if self._conn is None:
                await self._connect_locked()
            return self._conn

    async def async_release(self):
        self._holders -= 1
        async with self._connect_lock:
            if self._holders == 0 and self._conn is not None:
                conn, self._conn = self._conn, None
                await self.hass.async_add_executor_job(conn.disconnect)

    async def _keepalive_loop(self):
        while self._holders > 0:
            await asyncio.sleep(60)
            async with self._connect_lock:
                if self._conn is not None and not self._conn.is_connected():
                    self._conn = None
                    await self._connect_locked()


async def async_setup_entry_serialized(hass, entry, manager):
    await manager.async_acquire()
    hass.async_create_background_task(manager._keepalive_loop(), "nrod_keepalive")
    return True
