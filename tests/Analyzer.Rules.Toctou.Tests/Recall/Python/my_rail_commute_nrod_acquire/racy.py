# https://github.com/adamf83/my-rail-commute/pull/147
# Home Assistant sets up several config entries concurrently at bootstrap; each calls
# async_acquire(), sees self._connection is None, and awaits its own blocking STOMP login in the
# executor. NROD allows one connection per account, so the parallel logins knock each other off.
# Fix: an asyncio.Lock shared by async_acquire and the reconnect loop serializes check + connect.
import asyncio

import stomp

NROD_HOST = "publicdatafeeds.networkrail.co.uk"
NROD_PORT = 61618


class NRODConnectionManager:
    def __init__(self, hass, username, password):
        self.hass = hass
        self._username = username
        self._password = password
        self._connection = None
        self._users = 0

    def _connect_blocking(self):
        conn = stomp.Connection([(NROD_HOST, NROD_PORT)], heartbeats=(15000, 15000))
        conn.connect(self._username, self._password, wait=True)
        return conn

    async def _ensure_connection(self):
        if self._connection is None:
            conn = await asyncio.wait_for(
                self.hass.async_add_executor_job(self._connect_blocking), timeout=30
            )
            self._connection = conn  # Noncompliant
        return self._connection

    async def async_acquire(self):
        self._users += 1
        return await self._ensure_connection()

    async def async_release(self):
        self._users -= 1
        if self._users == 0 and self._connection is not None:
            conn, self._connection = self._connection, None
            await self.hass.async_add_executor_job(conn.disconnect)

    async def _reconnect_loop(self):
        while self._users > 0:
            await asyncio.sleep(60)
            if self._connection is not None and not self._connection.is_connected():
                self._connection = None
            await self._ensure_connection()


async def async_setup_entry(hass, entry, manager):
    await manager.async_acquire()
    hass.async_create_background_task(manager._reconnect_loop(), "nrod_reconnect")
    return True
