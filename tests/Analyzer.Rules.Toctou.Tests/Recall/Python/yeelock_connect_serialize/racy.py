# https://github.com/codyc1515/ha-yeelock/pull/29
# Yeelock._connect() checked whether self._client was already connected and, if not, looked up
# the device and awaited establish_connection(); two overlapping callers (poll + lock command)
# both saw no connection and each opened one, confusing the HA Bluetooth scanner bookkeeping.
# Fix: a per-device asyncio.Lock around the check and the connect, with an early return.
import asyncio


class BleakClient:
    def __init__(self, device):
        self.device = device
        self.is_connected = False

    async def start_notify(self, uuid, callback):
        await asyncio.sleep(0)


async def establish_connection(client_class, device, name):
    await asyncio.sleep(0.2)
    client = client_class(device)
    client.is_connected = True
    return client


class Yeelock:
    def __init__(self, hass, mac, name):
        self._hass = hass
        self._mac = mac
        self._name = name
        self._client = None
        self._connecting = False

    async def _find_device(self):
        await asyncio.sleep(0.05)
        return self._mac

    async def _connect(self):
        if self._client is not None and self._client.is_connected:
            return
        self._connecting = True
        try:
            device = await self._find_device()
            self._client = await establish_connection(BleakClient, device, self._name)  # Noncompliant
            await self._client.start_notify("notify-uuid", self._on_notify)
        finally:
            self._connecting = False

    def _on_notify(self, sender, data):
        pass

    async def unlock(self):
        await self._connect()

    async def update(self):
        await self._connect()


async def main():
    lock = Yeelock(None, "AA:BB", "front")
    await asyncio.gather(lock.update(), lock.unlock())
